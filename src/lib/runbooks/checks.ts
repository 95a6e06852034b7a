/** Where a diagnosis check's abnormal result leads, as a link the runbook page can draw. */
import type { RunbookEntry } from '../content/model.ts';
import type { Check } from '../content/schema.ts';

export interface CheckTarget {
  /** A solution of this runbook (linked in the page), or another runbook (with one of its solutions). */
  runbook: string;
  solution?: string;
  title: string;
}

/** Follows the validator's reading of `next` (cross-refs.ts): own solution, then runbook, then runbook#solution. */
export function checkTarget(check: Check, own: RunbookEntry, runbooks: ReadonlyMap<string, RunbookEntry>): CheckTarget | undefined {
  const next = check.next;
  if (next === undefined) return undefined;
  const [runbookId, solutionId] = next.includes('#') ? next.split('#') as [string, string] : [undefined, next];
  if (runbookId === undefined) {
    const solution = own.data.solutions.find((s) => s.id === solutionId);
    if (solution) return { runbook: own.id, solution: solution.id, title: solution.title };
    const runbook = runbooks.get(next);
    return runbook && { runbook: runbook.id, title: runbook.data.title };
  }
  const runbook = runbooks.get(runbookId);
  const solution = runbook?.data.solutions.find((s) => s.id === solutionId);
  return runbook && solution && { runbook: runbook.id, solution: solution.id, title: `${runbook.data.title}: ${solution.title}` };
}
