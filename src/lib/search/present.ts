/**
 * The one presentation of a ranked result list, shared by the search page and `fixpath search`:
 * a runbook carries the incidents that used it (or, for an incident that names none, that look
 * like it) folded under it, placed where the best-ranked of them was; an incident whose runbook is
 * not among the hits stays where the engine ranked it. Both fold the same pool of hits, so the
 * same query (and filters) lists the same entries in the same order in both.
 */
import { search, type SearchOptions } from './search.ts';
import type { DocFacets, DocType, IndexDoc, SearchHit, SearchIndex } from './types.ts';

/** Hits ranked before filtering and folding: enough for folding and filter counts to mean something. */
export const POOL = 60;

export interface Presented<T> {
  hit: T;
  /** For a runbook: the incidents folded under it, best ranked first; else empty. */
  incidents: T[];
}

/** An incident hit's runbooks: those it names, else those that probably apply (its related runbooks). */
export interface WithRunbooks {
  runbooks: readonly string[];
}

/**
 * Fold ranked `hits` (best first): each incident goes under the first of its runbooks that is among
 * them. Each hit carries its own runbooks, so the pool alone decides (a sharded index is never whole).
 */
export function foldIncidents<T extends { id: string; type: DocType } & WithRunbooks>(hits: readonly T[]): Presented<T>[] {
  const runbooks = new Map(hits.filter((h) => h.type === 'runbook').map((h) => [h.id, h]));
  const groups = new Map<string, Presented<T>>();
  const result: Presented<T>[] = [];
  const groupOf = (runbook: T) => {
    let group = groups.get(runbook.id);
    if (!group) {
      group = { hit: runbook, incidents: [] };
      groups.set(runbook.id, group);
      result.push(group);
    }
    return group;
  };
  for (const hit of hits) {
    if (hit.type === 'runbook') {
      groupOf(hit);
      continue;
    }
    const parent = hit.runbooks.find((id) => runbooks.has(id));
    if (parent) groupOf(runbooks.get(parent)!).incidents.push(hit);
    else result.push({ hit, incidents: [] });
  }
  return result;
}

/** A ranked hit with what the page filters by and what folding needs. */
export interface PoolHit extends SearchHit, WithRunbooks {
  facets: DocFacets;
}

const byId = new WeakMap<SearchIndex, Map<string, IndexDoc>>();

/** The in-memory index's hits as the sharded index gives them (ShardedIndex.hits): facets and runbooks added. */
export function searchPool(index: SearchIndex, query: string, options: SearchOptions = {}): PoolHit[] {
  let docs = byId.get(index);
  if (!docs) byId.set(index, (docs = new Map(index.docs.map((d) => [d.id, d]))));
  return search(index, query, options).map((hit) => {
    const doc = docs.get(hit.id)!;
    return { ...hit, facets: doc.facets, runbooks: doc.related.runbooks.map((r) => r.id) };
  });
}
