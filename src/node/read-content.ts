/** Node adapter: find the content directory and read every file the content format knows. */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { UnreadableFile } from '../lib/content/file-problems.ts';
import type { ContentFile } from '../lib/content/model.ts';
import { fileErrorReason } from './fs-errors.ts';

/** `--content DIR`, else `FIXPATH_CONTENT_DIR`, else `content/`, resolved against the cwd. */
export function resolveContentDir(flag?: string): string {
  return path.resolve(flag ?? process.env.FIXPATH_CONTENT_DIR ?? 'content');
}

/** The content directory cannot be read at all (missing, not a directory, no permission). */
export class ContentReadError extends Error {}

const WANTED = /^(fixpath\.config\.yaml|categories\.yaml|glossary\.yaml|paths\/[^/]+\.ya?ml|(runbooks|incidents)\/.+\.mdx?)$/;
/** Files that look like content but are not where the format expects them (READMEs are left alone). */
const CONTENT_LIKE = /\.(mdx?|ya?ml)$/;
const NOTES = /(^|\/)(readme|license|changelog)[^/]*$/i;

export interface ContentRead {
  files: ContentFile[];
  /** Found but not readable: reported as problems, so one bad file does not stop the others. */
  unreadable: UnreadableFile[];
  /** `.mdx` and `.yaml` files outside the layout, which the site would leave out. */
  ignored: string[];
}

/** Every content file under `dir`, plus the ones that could not be read or are out of place. */
export async function readContent(dir: string): Promise<ContentRead> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    const shown = path.relative(process.cwd(), dir) || '.';
    throw new ContentReadError(
      `cannot read the content directory "${shown}": ${fileErrorReason(error)} (choose another with --content DIR or FIXPATH_CONTENT_DIR)`,
    );
  }
  const files: ContentFile[] = [];
  const unreadable: UnreadableFile[] = [];
  const all = entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
  const names = all.filter((rel) => WANTED.test(rel));
  const ignored = all.filter((rel) => !WANTED.test(rel) && CONTENT_LIKE.test(rel) && !NOTES.test(rel));
  for (const rel of names) {
    try {
      files.push({ path: rel, text: await readFile(path.join(dir, rel), 'utf8') });
    } catch (error) {
      unreadable.push({ path: rel, reason: fileErrorReason(error) });
    }
  }
  return { files, unreadable, ignored };
}

/** Every content file under `dir`; throws ContentReadError when the directory or a file cannot be read. */
export async function readContentDir(dir: string): Promise<ContentFile[]> {
  const { files, unreadable } = await readContent(dir);
  const first = unreadable[0];
  if (first) throw new ContentReadError(`cannot read ${first.path}: ${first.reason}`);
  return files;
}
