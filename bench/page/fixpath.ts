/**
 * fixpath as its search page runs it (src/client/search/): the index loader, then the page's
 * search (ranking, filters, view models) for the query; the first screen of titles. Swapping
 * the engine's client (the sharded loader and worker) means changing this file only.
 */
import { runSearch } from '../../src/lib/search-page/run-search.ts';
import { searchIndex } from '../../src/client/search/index-loader.ts';

const SCREEN = 12;

export async function search(query: string): Promise<string[]> {
  const page = runSearch(await searchIndex(), { q: query, filters: {} }, 'en');
  return page.results.slice(0, SCREEN).map((r) => r.title);
}
