/**
 * Cross references between entries: an incident's attempt names a solution as
 * `<runbook-id>#<solution-id>`, or as `<solution-id>` alone when the incident names exactly one
 * runbook. Every consumer (validator, recommendations, stats, pages) resolves them here.
 */
import type { KnowledgeBase, RunbookEntry } from './model.ts';
import type { Incident, Solution } from './schema.ts';

export interface SolutionRef {
  runbook: string;
  solution: string;
}

/** Split a reference; a bare id takes the incident's only runbook. Undefined when that is ambiguous. */
export function parseSolutionRef(ref: string, incident: Pick<Incident, 'runbooks'>): SolutionRef | undefined {
  const hash = ref.indexOf('#');
  if (hash >= 0) return { runbook: ref.slice(0, hash), solution: ref.slice(hash + 1) };
  if (incident.runbooks.length !== 1) return undefined;
  return { runbook: incident.runbooks[0]!, solution: ref };
}

/** `runbook#solution`, the canonical key used in indexes and JSON output. */
export function solutionKey(ref: SolutionRef): string {
  return `${ref.runbook}#${ref.solution}`;
}

export function runbookById(kb: KnowledgeBase): Map<string, RunbookEntry> {
  return new Map(kb.runbooks.map((r) => [r.id, r]));
}

export function findSolution(runbooks: Map<string, RunbookEntry>, ref: SolutionRef): Solution | undefined {
  return runbooks.get(ref.runbook)?.data.solutions.find((s) => s.id === ref.solution);
}
