/** Node adapter: find the content directory and read every file the content format knows. */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ContentFile } from '../lib/content/model.ts';

/** `--content DIR`, else `FIXPATH_CONTENT_DIR`, else `content/`, resolved against the cwd. */
export function resolveContentDir(flag?: string): string {
  return path.resolve(flag ?? process.env.FIXPATH_CONTENT_DIR ?? 'content');
}

const WANTED = /^(fixpath\.config\.yaml|categories\.yaml|glossary\.yaml|paths\/[^/]+\.ya?ml|(runbooks|incidents)\/.+\.mdx?)$/;

export async function readContentDir(dir: string): Promise<ContentFile[]> {
  const names = await readdir(dir, { recursive: true });
  const files: ContentFile[] = [];
  for (const name of names.sort()) {
    const rel = name.split(path.sep).join('/');
    if (!WANTED.test(rel)) continue;
    files.push({ path: rel, text: await readFile(path.join(dir, name), 'utf8') });
  }
  return files;
}
