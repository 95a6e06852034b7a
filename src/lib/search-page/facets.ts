/**
 * Filters over search hits and the counts next to each filter value. A value's count is the
 * number of hits it would leave with every OTHER active filter applied, so the reader sees what
 * switching a filter would give, not only what is already narrowed.
 */
import type { DocFacets, DocType } from '../search/types.ts';
import { FILTER_KEYS, type FilterKey, type Filters } from './url-state.ts';

/** What a hit brings to the filters: its type and its facets. */
export interface Facetable {
  type: DocType;
  facets: DocFacets;
}

/** A hit's values for one filter (services may be several, category none). */
export function facetValues(doc: Facetable, key: FilterKey): string[] {
  switch (key) {
    case 'type':
      return [doc.type];
    case 'category':
      return doc.facets.category ? [doc.facets.category] : [];
    case 'service':
      return doc.facets.services;
    case 'severity':
      return [doc.facets.severity];
    case 'lang':
      return [doc.facets.lang];
  }
}

/** Whether a hit passes every active filter, leaving out `except`. */
export function matchesFilters(doc: Facetable, filters: Filters, except?: FilterKey): boolean {
  return FILTER_KEYS.every((key) => {
    const wanted = filters[key];
    return key === except || !wanted || facetValues(doc, key).includes(wanted);
  });
}

export interface FacetValue {
  value: string;
  count: number;
}

/**
 * Per filter, every value found among the hits with its count, most frequent first (ties by
 * value). An active value that no hit has is still listed (count 0) so it can be switched off.
 */
export function countFacets(docs: readonly Facetable[], filters: Filters): Record<FilterKey, FacetValue[]> {
  const result = {} as Record<FilterKey, FacetValue[]>;
  for (const key of FILTER_KEYS) {
    const counts = new Map<string, number>();
    for (const doc of docs) {
      if (!matchesFilters(doc, filters, key)) continue;
      for (const value of new Set(facetValues(doc, key))) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    const active = filters[key];
    if (active && !counts.has(active)) counts.set(active, 0);
    result[key] = [...counts]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  }
  return result;
}
