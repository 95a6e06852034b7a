/**
 * One search as the page shows it: the engine ranks a pool of hits (the same order as
 * `fixpath search`), the filters narrow that pool without reordering it, runbooks are listed
 * before incidents, and every hit becomes a view with its facets and highlights. A multi-line
 * paste also reports the log lines the engine kept.
 */
import type { Lang } from '../content/schema.ts';
import type { Routes } from '../routes.ts';
import { queryLines } from '../search/log-lines.ts';
import { search } from '../search/search.ts';
import type { IndexDoc, SearchIndex } from '../search/types.ts';
import { countFacets, matchesFilters, type FacetValue } from './facets.ts';
import { queryTerms } from './highlight.ts';
import { resultView, runbooksFirst, type ResultView } from './view-model.ts';
import type { FilterKey, SearchState } from './url-state.ts';

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

export function runSearch(index: SearchIndex, state: SearchState, lang: Lang, routes: Routes): PageResults {
  const query = state.q.trim();
  const docs = docsOf(index);
  const hits = query
    ? search(index, query, { limit: POOL }).map((hit) => ({ hit, type: hit.type, facets: docs.get(hit.id)!.facets }))
    : [];
  const terms = queryTerms(query);
  const kept = runbooksFirst(hits.filter((h) => matchesFilters(h, state.filters)));
  return {
    results: kept.map(({ hit, facets }) => resultView(hit, facets, terms, lang, routes)),
    facets: countFacets(hits, state.filters),
    logLines: isPastedLog(query) ? queryLines(query).map((line) => line.text) : undefined,
  };
}
