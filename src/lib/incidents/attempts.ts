/** An incident's attempts with the solutions they name looked up, for the incident page. */
import type { RunbookEntry } from '../content/model.ts';
import type { Attempt, Incident, Solution } from '../content/schema.ts';
import { findSolution, parseSolutionRef, type SolutionRef } from '../content/refs.ts';

export interface ResolvedAttempt {
  attempt: Attempt;
  /** Undefined when a bare id is ambiguous (the validator reports that). */
  ref: SolutionRef | undefined;
  /** Undefined when the runbook or the solution does not exist. */
  solution: Solution | undefined;
}

export function resolveAttempts(incident: Incident, runbooks: Map<string, RunbookEntry>): ResolvedAttempt[] {
  return incident.attempts.map((attempt) => {
    const ref = parseSolutionRef(attempt.solution, incident);
    return { attempt, ref, solution: ref && findSolution(runbooks, ref) };
  });
}
