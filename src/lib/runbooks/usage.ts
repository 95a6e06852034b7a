/** Which incidents used a runbook, and how each attempt at one of its solutions turned out. */
import type { IncidentEntry } from '../content/model.ts';
import type { Attempt } from '../content/schema.ts';
import { parseSolutionRef } from '../content/refs.ts';

export interface RunbookUse {
  incident: IncidentEntry;
  /** Attempts at this runbook's solutions, in the order tried, with the solution id resolved. */
  attempts: { solution: string; outcome: Attempt['outcome'] }[];
}

/**
 * Incidents that name the runbook or attempted one of its solutions, in the order given (sort them
 * first, e.g. with recentIncidents).
 */
export function incidentsUsingRunbook(incidents: readonly IncidentEntry[], runbookId: string): RunbookUse[] {
  const uses: RunbookUse[] = [];
  for (const incident of incidents) {
    const attempts = incident.data.attempts.flatMap((attempt) => {
      const ref = parseSolutionRef(attempt.solution, incident.data);
      return ref?.runbook === runbookId ? [{ solution: ref.solution, outcome: attempt.outcome }] : [];
    });
    if (attempts.length || incident.data.runbooks.includes(runbookId)) uses.push({ incident, attempts });
  }
  return uses;
}
