/** Node adapter: find the content directory and read every file the content layout names (src/lib/content/layout.ts). */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { UnreadableFile } from '../lib/content/file-problems.ts';
import { kindOf } from '../lib/content/layout.ts';
import type { ContentFile } from '../lib/content/model.ts';
import { fileErrorReason } from './fs-errors.ts';

/** `--content DIR`, else `FIXPATH_CONTENT_DIR`, else `content/`, resolved against the cwd. */
export function resolveContentDir(flag?: string): string {
  return path.resolve(flag ?? process.env.FIXPATH_CONTENT_DIR ?? 'content');
}

/** The content directory cannot be read at all (missing, not a directory, no permission). */
export class ContentReadError extends Error {}

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
  const names = all.filter((rel) => kindOf(rel));
  const ignored = all.filter((rel) => !kindOf(rel) && CONTENT_LIKE.test(rel) && !NOTES.test(rel));
  for (const rel of names) {
    try {
      files.push({ path: rel, text: await readFile(path.join(dir, rel), 'utf8') });
    } catch (error) {
      unreadable.push({ path: rel, reason: fileErrorReason(error) });
    }
  }
  return { files, unreadable, ignored };
}
