/**
 * One search as the page shows it: the engine ranks a pool of hits, the filters narrow that pool
 * without reordering it, incidents are folded under their runbooks as `fixpath search` folds them
 * (src/lib/search/present.ts), and every hit becomes a view with its facets and highlights. A
 * multi-line paste also reports the log lines the engine kept.
 */
import type { Lang } from '../content/schema.ts';
import { queryLines } from '../search/log-lines.ts';
import { POOL, foldIncidents, incidentRunbooks } from '../search/present.ts';
import { search } from '../search/search.ts';
import type { IndexDoc, SearchIndex } from '../search/types.ts';
import { countFacets, matchesFilters, type FacetValue } from './facets.ts';
import { queryTerms } from './highlight.ts';
import { resultView, type ResultView } from './view-model.ts';
import type { FilterKey, SearchState } from './url-state.ts';

export interface PageResults {
  /** Filtered hits in ranked order, incidents folded under their runbooks (as `fixpath search` lists them). */
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

export function runSearch(index: SearchIndex, state: SearchState, lang: Lang): PageResults {
  const query = state.q.trim();
  const docs = docsOf(index);
  const hits = query
    ? search(index, query, { limit: POOL }).map((hit) => ({ hit, id: hit.id, type: hit.type, facets: docs.get(hit.id)!.facets }))
    : [];
  const terms = queryTerms(query);
  const kept = foldIncidents(hits.filter((h) => matchesFilters(h, state.filters)), incidentRunbooks(index));
  const view = ({ hit, facets }: (typeof hits)[number]) => resultView(hit, facets, terms, lang);
  return {
    results: kept.map(({ hit, incidents }) => ({ ...view(hit), incidents: incidents.map(view) })),
    facets: countFacets(hits, state.filters),
    logLines: isPastedLog(query) ? queryLines(query).map((line) => line.text) : undefined,
  };
}
