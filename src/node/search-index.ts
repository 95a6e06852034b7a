/** Node adapter for the search index: build it from a content directory, read it, write it. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildIndex } from '../lib/search/index-build.ts';
import { loadIndex, serializeIndex } from '../lib/search/serialize.ts';
import type { SearchIndex, StoredIndex } from '../lib/search/types.ts';
import { loadKnowledgeBase } from './knowledge-base.ts';

/** Where `fixpath index` writes by default: the site serves it at /fixpath-index.json. */
export const DEFAULT_INDEX_FILE = 'public/fixpath-index.json';

/** The stored index of a content directory, with the content's problems and its language. */
export async function buildIndexFromContent(dir: string) {
  const { kb, problems } = await loadKnowledgeBase(dir);
  return { stored: buildIndex(kb), problems, lang: kb.config.lang, kb };
}

export async function readIndexFile(file: string): Promise<SearchIndex> {
  return loadIndex(await readFile(file, 'utf8'));
}

/** Write the index as JSON; returns its size in bytes, raw and gzipped (what a browser downloads). */
export async function writeIndexFile(file: string, stored: StoredIndex): Promise<{ raw: number; gzip: number }> {
  const json = serializeIndex(stored);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, json);
  return { raw: Buffer.byteLength(json), gzip: gzipSync(json).length };
}
