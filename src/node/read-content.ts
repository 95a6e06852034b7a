/** Node adapter: find the content directory and read every file the content layout names (src/lib/content/layout.ts). */
import type { Dirent } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { UnreadableFile } from '../lib/content/file-problems.ts';
import { kindOf } from '../lib/content/layout.ts';
import type { ContentFile } from '../lib/content/model.ts';
import { decodeUtf8 } from '../lib/text/utf8.ts';
import { fileErrorReason } from './fs-errors.ts';

/** `--content DIR`, else `FIXPATH_CONTENT_DIR`, else `content/`, resolved against the cwd. */
export function resolveContentDir(flag?: string): string {
  return path.resolve(flag ?? process.env.FIXPATH_CONTENT_DIR ?? 'content');
}

/** The content directory cannot be read at all (missing, not a directory, no permission). */
export class ContentReadError extends Error {}

/** Files that look like content but are not where the format expects them (READMEs are left alone). */
const CONTENT_LIKE = /\.(mdx?|ya?ml)$/i;
/**
 * The site build (Astro's glob) follows links and `readdir` does not; rather than two readings of
 * one folder, a link is refused by both, by name (the build runs this check first).
 */
const LINK = 'it is a symbolic link, which fixpath does not follow: copy the file or folder into the content directory instead';
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
  const relative = (entry: Dirent) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
  for (const entry of entries) {
    if (entry.isSymbolicLink() && !NOTES.test(entry.name)) unreadable.push({ path: relative(entry), reason: LINK });
  }
  const all = entries
    .filter((entry) => entry.isFile())
    .map(relative)
    .sort();
  const names = all.filter((rel) => kindOf(rel));
  const ignored = all.filter((rel) => !kindOf(rel) && CONTENT_LIKE.test(rel) && !NOTES.test(rel));
  for (const rel of names) {
    try {
      const decoded = decodeUtf8(await readFile(path.join(dir, rel)));
      if ('text' in decoded) files.push({ path: rel, text: decoded.text });
      else unreadable.push({ path: rel, reason: `it is not UTF-8 (line ${decoded.badLine} has bytes of another encoding, such as Shift_JIS or Latin-1); save it as UTF-8` });
    } catch (error) {
      unreadable.push({ path: rel, reason: fileErrorReason(error) });
    }
  }
  unreadable.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, unreadable, ignored };
}
