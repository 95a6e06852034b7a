/**
 * Bytes and requests before the first result, per query, read in Node from the files each engine
 * wrote (no network): fixpath's sharded index through ShardedIndex (the manifest, the shards the
 * query needs, the entries of the first screen), pagefind through its own browser bundle with a
 * fetch that reads files (a fresh module per query: a cold page). Sizes are gzip: pagefind's
 * index files are gzipped on disk, the others are gzipped here as a server would.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { runShardedSearch } from '../src/lib/search-page/run-search.ts';
import { ShardedIndex } from '../src/lib/search/shards/read.ts';

/** Results the page shows first (src/client/search/search-worker.ts FIRST_SCREEN). */
export const FIRST_SCREEN = 12;

export interface FirstResult {
  bytes: number;
  requests: number;
  /** Sequential steps of requests (each waits for the one before). */
  ms: number;
}

/** fixpath, cold: a new ShardedIndex over `files` for each query. */
export async function fixpathFirst(files: Map<string, string>, query: string): Promise<FirstResult> {
  let bytes = 0;
  let requests = 0;
  const gz = new Map<string, number>();
  const index = await ShardedIndex.open(async (name) => {
    const text = files.get(name)!;
    requests++;
    bytes += gz.get(name) ?? gz.set(name, gzipSync(text).length).get(name)!;
    return JSON.parse(text);
  });
  const started = performance.now();
  let first: FirstResult | undefined;
  await runShardedSearch(index, { q: query, filters: {} }, 'ja', { first: FIRST_SCREEN, show: () => (first = { bytes, requests, ms: performance.now() - started }) });
  return first ?? { bytes, requests, ms: performance.now() - started };
}

interface Pagefind {
  options(o: object): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
}

let instance = 0;

/** pagefind, cold: its bundle loaded afresh for each query, reading `dir` through a counting fetch. */
export async function pagefindFirst(dir: string, query: string): Promise<FirstResult> {
  let bytes = 0;
  let requests = 0;
  globalThis.fetch = (async (input: string | URL) => {
    const file = fileURLToPath(String(input).split('?')[0]!);
    const data = await readFile(file);
    requests++;
    bytes += /\.(js|json|css)$/.test(file) ? gzipSync(data).length : data.length;
    return new Response(data);
  }) as typeof fetch;
  const started = performance.now();
  const url = `${pathToFileURL(path.join(dir, 'pagefind.js')).href}?cold=${instance++}`;
  const pf = (await import(url)) as Pagefind;
  requests++;
  bytes += gzipSync(await readFile(path.join(dir, 'pagefind.js'))).length;
  await pf.options({ basePath: pathToFileURL(dir).href + '/' });
  const found = await pf.search(query.normalize('NFKC'));
  await Promise.all(found.results.slice(0, FIRST_SCREEN).map((r) => r.data()));
  return { bytes, requests, ms: performance.now() - started };
}
