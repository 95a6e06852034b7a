/**
 * One search as the page shows it: the engine ranks a pool of hits (the same order as
 * `fixpath search`), the filters narrow that pool without reordering it, runbooks are listed
 * before incidents, and every hit becomes a view with its facets and highlights. A multi-line
 * paste also reports the log lines the engine kept.
 */
import type { Lang } from '../content/schema.ts';
import { rootRoutes, type Routes } from '../routes.ts';
import { queryLines } from '../search/log-lines.ts';
import { search } from '../search/search.ts';
import type { ShardedIndex } from '../search/shards/read.ts';
import type { DocFacets, IndexDoc, SearchHit, SearchIndex } from '../search/types.ts';
import { countFacets, matchesFilters, type FacetValue } from './facets.ts';
import { queryTerms } from './highlight.ts';
import { resultView, runbooksFirst, type ResultView } from './view-model.ts';
import { FILTER_KEYS, type FilterKey, type SearchState } from './url-state.ts';

/** Hits ranked before filtering: enough for counts to mean something, few enough to render. */
export const POOL = 60;

export interface PageResults {
  /** Filtered hits, runbooks first, each group in ranked order. */
  results: ResultView[];
  facets: Record<FilterKey, FacetValue[]>;
  /** For a pasted multi-line log: the lines that decided the ranking; else undefined. */
  logLines: string[] | undefined;
}

const byId = new WeakMap<SearchIndex, Map<string, IndexDoc>>();

function docsOf(index: SearchIndex): Map<string, IndexDoc> {
  let docs = byId.get(index);
  if (!docs) byId.set(index, (docs = new Map(index.docs.map((d) => [d.id, d]))));
  return docs;
}

/** Whether a query is a pasted log excerpt rather than a phrase: more than one non-blank line. */
export function isPastedLog(query: string): boolean {
  return query.split(/\r\n|\r|\n/).filter((line) => line.trim()).length > 1;
}

/** A ranked hit with what the page filters by. */
export interface FacetedHit extends SearchHit {
  facets: DocFacets;
}

/** The page's results from the ranked pool (POOL hits, before filtering), linked with `routes` (the site's base). */
export function pageResults(pool: readonly FacetedHit[], state: SearchState, lang: Lang, routes: Routes = rootRoutes): PageResults {
  const query = state.q.trim();
  const hits = pool.map((hit) => ({ hit, type: hit.type, facets: hit.facets }));
  const terms = queryTerms(query);
  const kept = runbooksFirst(hits.filter((h) => matchesFilters(h, state.filters)));
  return {
    results: kept.map(({ hit, facets }) => resultView(hit, facets, terms, lang, routes)),
    facets: countFacets(hits, state.filters),
    logLines: isPastedLog(query) ? queryLines(query).map((line) => line.text) : undefined,
  };
}

/** One search over an in-memory index. */
export function runSearch(index: SearchIndex, state: SearchState, lang: Lang): PageResults {
  const query = state.q.trim();
  const docs = docsOf(index);
  const pool = query ? search(index, query, { limit: POOL }).map((hit) => ({ ...hit, facets: docs.get(hit.id)!.facets })) : [];
  return pageResults(pool, state, lang);
}

/**
 * One search over a sharded index, the same results as runSearch. Without an active filter, the
 * first screen (`first` results, runbooks first) is passed to `early` as soon as its entries are
 * read, before the rest of the pool's: the first result needs a dozen small files, not sixty.
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
    const runbooks = index.manifest.runbooks;
    const firstScreen = runbooksFirst(ranked.map((r) => ({ ...r, type: r.doc < runbooks ? ('runbook' as const) : ('incident' as const) }))).slice(0, early.first);
    const shown = pageResults(await index.hits(firstScreen), state, lang, routes);
    early.show({ ...shown, facets: pageResults([], state, lang, routes).facets });
  }
  return pageResults(await index.hits(ranked), state, lang, routes);
}
