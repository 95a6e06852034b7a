/**
 * The per-incident figures every statistic starts from, derived once: when it started (and in
 * which local month), how long it went unnoticed and lasted, which runbooks and categories it
 * belongs to. The duration maths is src/lib/incidents/metrics.ts; this only gathers.
 */
import type { IncidentEntry, KnowledgeBase } from '../content/model.ts';
import { parseSolutionRef } from '../content/refs.ts';
import type { Severity } from '../content/schema.ts';
import { incidentMetrics, type IncidentMetrics } from '../incidents/metrics.ts';
import { monthOf } from '../time/months.ts';

/** The category of an incident whose runbooks name none (or that names no runbook). */
export const UNCATEGORISED = 'uncategorised';

export interface IncidentFacts {
  incident: IncidentEntry;
  severity: Severity;
  metrics: IncidentMetrics;
  /** `YYYY-MM` of `started` in the site's timezone. */
  month: string;
  /** Runbooks the incident names or attempted a solution of, in first-mention order. */
  runbooks: string[];
  /**
   * Top-level categories of those runbooks (`database` for `database/connections`), or
   * [UNCATEGORISED]. Top level because a knowledge base holds a few incidents per subcategory,
   * too few for a median to mean anything.
   */
  categories: string[];
}

/** The runbooks an incident used: its `runbooks` list plus any runbook its attempts name. */
export function incidentRunbooks(incident: IncidentEntry): string[] {
  const fromAttempts = incident.data.attempts.flatMap((a) => parseSolutionRef(a.solution, incident.data)?.runbook ?? []);
  return [...new Set([...incident.data.runbooks, ...fromAttempts])];
}

/** Facts for every incident, oldest first (ties by id, so the order never depends on file order). */
export function incidentFacts(kb: KnowledgeBase): IncidentFacts[] {
  const timeZone = kb.config.timezone;
  const categoryOf = new Map(kb.runbooks.map((r) => [r.id, r.data.category.split('/')[0]!]));
  return kb.incidents
    .map((incident): IncidentFacts => {
      const metrics = incidentMetrics(incident.data, timeZone);
      const runbooks = incidentRunbooks(incident);
      const categories = [...new Set(runbooks.flatMap((id) => categoryOf.get(id) ?? []))];
      return {
        incident,
        severity: incident.data.severity,
        metrics,
        month: monthOf(metrics.started, timeZone),
        runbooks,
        categories: categories.length ? categories : [UNCATEGORISED],
      };
    })
    .sort((a, b) => a.metrics.started - b.metrics.started || (a.incident.id < b.incident.id ? -1 : 1));
}
