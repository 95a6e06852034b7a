/** Gaps between runbooks and incidents: knowledge never used, and incidents nobody had written up a runbook for. */
import type { KnowledgeBase } from '../content/model.ts';
import type { IncidentFacts } from './facts.ts';

export interface EntryRef {
  id: string;
  title: string;
}

export interface Coverage {
  /** Runbooks no incident names or attempted a solution of. */
  unused_runbooks: EntryRef[];
  /** Incidents that name no runbook and attempted none. */
  incidents_without_runbook: EntryRef[];
}

export function coverageGaps(kb: KnowledgeBase, facts: readonly IncidentFacts[]): Coverage {
  const used = new Set(facts.flatMap((f) => f.runbooks));
  const byId = <T extends EntryRef>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    unused_runbooks: kb.runbooks
      .filter((r) => !used.has(r.id))
      .map((r) => ({ id: r.id, title: r.data.title }))
      .sort(byId),
    incidents_without_runbook: facts
      .filter((f) => !f.runbooks.length)
      .map((f) => ({ id: f.incident.id, title: f.incident.data.title })),
  };
}
