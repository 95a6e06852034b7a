/**
 * The one presentation of a ranked result list, shared by the search page and `fixpath search`:
 * a runbook carries the incidents that used it (or, for an incident that names none, that look
 * like it) folded under it, placed where the best-ranked of them was; an incident whose runbook is
 * not among the hits stays where the engine ranked it. Both fold the same pool of hits, so the
 * same query (and filters) lists the same entries in the same order in both.
 */
import type { DocType, SearchIndex } from './types.ts';

/** Hits ranked before filtering and folding: enough for folding and filter counts to mean something. */
export const POOL = 60;

export interface Presented<T> {
  hit: T;
  /** For a runbook: the incidents folded under it, best ranked first; else empty. */
  incidents: T[];
}

const memo = new WeakMap<SearchIndex, Map<string, readonly string[]>>();

/** Per incident id: the runbooks it names, else those that probably apply (the index's related runbooks). */
export function incidentRunbooks(index: SearchIndex): ReadonlyMap<string, readonly string[]> {
  let map = memo.get(index);
  if (!map) {
    map = new Map(index.docs.filter((d) => d.type === 'incident').map((d) => [d.id, d.related.runbooks.map((r) => r.id)]));
    memo.set(index, map);
  }
  return map;
}

/** Fold ranked `hits` (best first): each incident goes under the first of its runbooks that is among them. */
export function foldIncidents<T extends { id: string; type: DocType }>(
  hits: readonly T[],
  runbooksOf: ReadonlyMap<string, readonly string[]>,
): Presented<T>[] {
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
    const parent = (runbooksOf.get(hit.id) ?? []).find((id) => runbooks.has(id));
    if (parent) groupOf(runbooks.get(parent)!).incidents.push(hit);
    else result.push({ hit, incidents: [] });
  }
  return result;
}
