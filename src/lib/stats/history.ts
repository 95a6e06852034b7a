/**
 * A runbook's incident history for its page: every incident that used it, oldest first, with the
 * solution that brought service back (from any runbook the incident used; an incident may have
 * been resolved by another runbook's fix).
 */
import type { KnowledgeBase } from '../content/model.ts';
import { findSolution, parseSolutionRef, runbookById, solutionKey } from '../content/refs.ts';
import type { Severity } from '../content/schema.ts';
import { incidentFacts } from './facts.ts';

export interface HistoryItem {
  id: string;
  title: string;
  /** Epoch milliseconds of `started`. */
  started: number;
  severity: Severity;
  durationMinutes: number;
  /** The attempt with outcome `resolved`; undefined when none was recorded. */
  resolvedBy: { key: string; runbook: string; solution: string; title: string } | undefined;
}

export function runbookHistory(kb: KnowledgeBase, runbookId: string): HistoryItem[] {
  const runbooks = runbookById(kb);
  return incidentFacts(kb)
    .filter((f) => f.runbooks.includes(runbookId))
    .map((f): HistoryItem => {
      const data = f.incident.data;
      const attempt = data.attempts.find((a) => a.outcome === 'resolved');
      const ref = attempt && parseSolutionRef(attempt.solution, data);
      return {
        id: f.incident.id,
        title: data.title,
        started: f.metrics.started,
        severity: f.severity,
        durationMinutes: f.metrics.durationMinutes,
        resolvedBy: ref && {
          key: solutionKey(ref),
          ...ref,
          title: findSolution(runbooks, ref)?.title ?? ref.solution,
        },
      };
    });
}
