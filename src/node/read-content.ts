/** Node adapter: find the content directory and read every file the content format knows. */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ContentFile } from '../lib/content/model.ts';

/** `--content DIR`, else `FIXPATH_CONTENT_DIR`, else `content/`, resolved against the cwd. */
export function resolveContentDir(flag?: string): string {
  return path.resolve(flag ?? process.env.FIXPATH_CONTENT_DIR ?? 'content');
}

/** The content directory cannot be read at all (missing, not a directory, no permission). */
export class ContentReadError extends Error {}

/** A file that was found but could not be read, and why, in words. */
export interface UnreadableFile {
  path: string;
  reason: string;
}

const WANTED = /^(fixpath\.config\.yaml|categories\.yaml|glossary\.yaml|paths\/[^/]+\.ya?ml|(runbooks|incidents)\/.+\.mdx?)$/;

const REASONS: Record<string, string> = {
  ENOENT: 'it does not exist',
  ENOTDIR: 'it is not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
};

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (code && REASONS[code]) ?? (error instanceof Error ? error.message : String(error));
}

/** Every content file under `dir`, plus the ones that could not be read (so they can be reported, not crash). */
export async function readContent(dir: string): Promise<{ files: ContentFile[]; unreadable: UnreadableFile[] }> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    const shown = path.relative(process.cwd(), dir) || '.';
    throw new ContentReadError(
      `cannot read the content directory "${shown}": ${reason(error)} (choose another with --content DIR or FIXPATH_CONTENT_DIR)`,
    );
  }
  const files: ContentFile[] = [];
  const unreadable: UnreadableFile[] = [];
  const names = entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((rel) => WANTED.test(rel))
    .sort();
  for (const rel of names) {
    try {
      files.push({ path: rel, text: await readFile(path.join(dir, rel), 'utf8') });
    } catch (error) {
      unreadable.push({ path: rel, reason: reason(error) });
    }
  }
  return { files, unreadable };
}

/** Every content file under `dir`; throws ContentReadError when the directory or a file cannot be read. */
export async function readContentDir(dir: string): Promise<ContentFile[]> {
  const { files, unreadable } = await readContent(dir);
  const first = unreadable[0];
  if (first) throw new ContentReadError(`cannot read ${first.path}: ${first.reason}`);
  return files;
}
