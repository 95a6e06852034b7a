/**
 * fixpath as its search page runs it: the sharded index read from /fixpath-index/ (manifest, the
 * query's shards, the first screen's entries) and the page's search (ranking, filters, view
 * models); the first screen of titles. The site runs the same code in a module worker
 * (src/client/search/search-worker.ts); this page runs it on the main thread, so its long tasks
 * are an upper bound for the page's.
 */
import { runShardedSearch, type PageResults } from '../../src/lib/search-page/run-search.ts';
import { ShardedIndex } from '../../src/lib/search/shards/read.ts';

const SCREEN = 12;
const BASE = '/fixpath-index/';

let opening: Promise<ShardedIndex> | undefined;

export async function search(query: string): Promise<string[]> {
  opening ??= ShardedIndex.open(async (name) => (await fetch(`${BASE}${name}`)).json());
  let first: PageResults | undefined;
  const page = await runShardedSearch(await opening, { q: query, filters: {} }, 'en', { first: SCREEN, show: (early) => (first = early) });
  return (first ?? page).results.slice(0, SCREEN).map((r) => r.title);
}
