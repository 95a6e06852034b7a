/** Node adapter for the search index: build it from a content directory, read it, write it. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { parseKnowledgeBase } from '../lib/content/load.ts';
import type { ContentFile } from '../lib/content/model.ts';
import type { Lang } from '../lib/content/schema.ts';
import { loadIndex, serializeIndex } from '../lib/search/serialize.ts';
import type { SearchIndex, StoredIndex } from '../lib/search/types.ts';
import { displayPath, fileErrorReason, IndexReadError } from './fs-errors.ts';
import { readContentDir } from './read-content.ts';
import { writeFileAtomic } from './write-atomic.ts';

/** Where `fixpath index` writes by default: the site serves it at /fixpath-index.json. */
export const DEFAULT_INDEX_FILE = 'public/fixpath-index.json';

/** SHA-256 over every content file's path and text (files come sorted by path). */
export function contentHash(files: readonly ContentFile[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file.path}\0${file.text}\0`);
  return hash.digest('hex');
}

async function indexOfFiles(files: ContentFile[]) {
  // Loaded only here: the MDX parser behind it is a third of `fixpath search`'s start-up.
  const { buildIndex } = await import('../lib/search/index-build.ts');
  const { kb, problems } = parseKnowledgeBase(files);
  const stored: StoredIndex = { ...buildIndex(kb), content: contentHash(files) };
  return { stored, problems, lang: kb.config.lang, kb };
}

/** The stored index of a content directory, with the content's problems and its language. */
export async function buildIndexFromContent(dir: string) {
  return indexOfFiles(await readContentDir(dir));
}

export async function readIndexFile(file: string): Promise<SearchIndex> {
  const shown = displayPath(file);
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new IndexReadError(`cannot read the index ${shown}: ${fileErrorReason(error)}`);
  }
  try {
    return loadIndex(text);
  } catch (error) {
    // A truncated file is a JSON syntax error; an old one is loadIndex's own "rebuild it" message.
    const reason = error instanceof SyntaxError ? 'it is not complete JSON (truncated or damaged)' : (error as Error).message.replace(/^fixpath index: |; rebuild it with "fixpath index"$/g, '');
    throw new IndexReadError(`${shown} is not a usable fixpath search index: ${reason}; rebuild it with "fixpath index"`);
  }
}

/** The stored index in `file` if it was built from content with this hash by this fixpath; else undefined. */
async function readFreshIndex(file: string, hash: string): Promise<SearchIndex | undefined> {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const data = JSON.parse(text) as Partial<StoredIndex> | null;
    return data?.content === hash ? loadIndex(data) : undefined;
  } catch {
    return undefined; // a damaged file, or an index of another version: build instead
  }
}

/**
 * The search index of a content directory for one query: `cached` (what `fixpath index` wrote)
 * when it was built from exactly these files, else built in memory. Reading every file to hash
 * it costs milliseconds; parsing the MDX bodies is what takes seconds.
 */
export async function searchIndexOfContent(
  dir: string,
  cached = DEFAULT_INDEX_FILE,
): Promise<{ index: SearchIndex; lang: Lang; from: 'file' | 'content' }> {
  const files = await readContentDir(dir);
  const fresh = await readFreshIndex(cached, contentHash(files));
  if (fresh) {
    const config = files.filter((f) => f.path === 'fixpath.config.yaml');
    return { index: fresh, lang: parseKnowledgeBase(config).kb.config.lang, from: 'file' };
  }
  const { stored, lang } = await indexOfFiles(files);
  return { index: loadIndex(stored), lang, from: 'content' };
}

/** Write the index as JSON; returns its size in bytes, raw and gzipped (what a browser downloads). */
export async function writeIndexFile(file: string, stored: StoredIndex): Promise<{ raw: number; gzip: number }> {
  const json = serializeIndex(stored);
  await writeFileAtomic(file, json);
  return { raw: Buffer.byteLength(json), gzip: gzipSync(json).length };
}
