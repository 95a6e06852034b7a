/**
 * One search as the page shows it: the engine ranks a pool of hits, the filters narrow that pool
 * without reordering it, incidents are folded under their runbooks as `fixpath search` folds them
 * (src/lib/search/present.ts), and every hit becomes a view with its facets and highlights. A
 * multi-line paste also reports the log lines the engine kept.
 */
import type { Lang } from '../content/schema.ts';
import { rootRoutes, type Routes } from '../routes.ts';
import { queryLines } from '../search/log-lines.ts';
import { POOL, foldIncidents, searchPool, type PoolHit } from '../search/present.ts';
import type { ShardedIndex } from '../search/shards/read.ts';
import type { SearchIndex } from '../search/types.ts';
import { countFacets, matchesFilters, type FacetValue } from './facets.ts';
import { queryTerms } from './highlight.ts';
import { resultView, type ResultView } from './view-model.ts';
import { FILTER_KEYS, type FilterKey, type SearchState } from './url-state.ts';

export interface PageResults {
  /** Filtered hits in ranked order, incidents folded under their runbooks (as `fixpath search` lists them). */
  results: ResultView[];
  facets: Record<FilterKey, FacetValue[]>;
  /** For a pasted multi-line log: the lines that decided the ranking; else undefined. */
  logLines: string[] | undefined;
}

/** Whether a query is a pasted log excerpt rather than a phrase: more than one non-blank line. */
export function isPastedLog(query: string): boolean {
  return query.split(/\r\n|\r|\n/).filter((line) => line.trim()).length > 1;
}

/** The page's results from the ranked pool (POOL hits, before filtering), linked with `routes` (the site's base). */
export function pageResults(pool: readonly PoolHit[], state: SearchState, lang: Lang, routes: Routes = rootRoutes): PageResults {
  const query = state.q.trim();
  const terms = queryTerms(query);
  const kept = foldIncidents(pool.filter((h) => matchesFilters(h, state.filters)));
  const view = (hit: PoolHit) => resultView(hit, hit.facets, terms, lang, routes);
  return {
    results: kept.map(({ hit, incidents }) => ({ ...view(hit), incidents: incidents.map(view) })),
    facets: countFacets(pool, state.filters),
    logLines: isPastedLog(query) ? queryLines(query).map((line) => line.text) : undefined,
  };
}

/** One search over an in-memory index. */
export function runSearch(index: SearchIndex, state: SearchState, lang: Lang): PageResults {
  const query = state.q.trim();
  return pageResults(query ? searchPool(index, query, { limit: POOL }) : [], state, lang);
}

/**
 * One search over a sharded index, the same results as runSearch. Without an active filter, the
 * first screen (the `first` best-ranked hits, folded) is passed to `early` as soon as their entries
 * are read, before the rest of the pool's: the first result needs a dozen small files, not sixty.
 * Folding needs the entries (an incident's runbooks are in its entry), so it folds what it read.
 */
export async function runShardedSearch(
  index: ShardedIndex,
  state: SearchState,
  lang: Lang,
  routes: Routes,
  early?: { first: number; show: (page: PageResults) => void },
): Promise<PageResults> {
  const query = state.q.trim();
  if (!query) return pageResults([], state, lang, routes);
  const ranked = await index.rank(query, { limit: POOL });
  const filtered = FILTER_KEYS.some((key) => state.filters[key]);
  if (early && !filtered) {
    const shown = pageResults(await index.hits(ranked.slice(0, early.first)), state, lang, routes);
    early.show({ ...shown, facets: pageResults([], state, lang, routes).facets });
  }
  return pageResults(await index.hits(ranked), state, lang, routes);
}
