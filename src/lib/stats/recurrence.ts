/**
 * Recurrence: the share of incidents that were a problem coming back (`recurrence_of`), overall and
 * per runbook. Drills are left out: a rehearsal is not the problem coming back.
 */
import type { IncidentFacts } from './facts.ts';
import { occurrences } from './kinds.ts';

export interface RecurrenceCount {
  incidents: number;
  recurrences: number;
  /** recurrences / incidents; 0 with no incident. */
  rate: number;
}

export interface RunbookRecurrence extends RecurrenceCount {
  runbook: string;
}

export interface RecurrenceStats {
  overall: RecurrenceCount;
  /** Runbooks with at least one incident, highest rate first (ties by runbook id). */
  by_runbook: RunbookRecurrence[];
}

/** Whether an incident is a recurrence of an earlier one. */
export const isRecurrence = (f: IncidentFacts): boolean => f.incident.data.recurrence_of.length > 0;

export function recurrenceCount(facts: readonly IncidentFacts[]): RecurrenceCount {
  const incidents = occurrences(facts);
  const recurrences = incidents.filter(isRecurrence).length;
  return { incidents: incidents.length, recurrences, rate: incidents.length ? recurrences / incidents.length : 0 };
}

export function recurrenceStats(facts: readonly IncidentFacts[]): RecurrenceStats {
  const runbooks = [...new Set(occurrences(facts).flatMap((f) => f.runbooks))].sort();
  const by_runbook = runbooks
    .map((runbook) => ({ runbook, ...recurrenceCount(facts.filter((f) => f.runbooks.includes(runbook))) }))
    .sort((a, b) => b.rate - a.rate || (a.runbook < b.runbook ? -1 : 1));
  return { overall: recurrenceCount(facts), by_runbook };
}
