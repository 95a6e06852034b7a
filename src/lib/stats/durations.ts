/** Time to detect and time to resolve: overall, per category and per severity. */
import { SEVERITIES } from '../content/vocabulary.ts';
import type { IncidentFacts } from './facts.ts';
import { spread, type Spread } from './percentile.ts';

export interface DurationBreakdown {
  overall: Spread;
  /** Key: top-level category id or `uncategorised`; an incident in two categories counts in both. */
  by_category: Record<string, Spread>;
  /** Every severity, in severity order, including those with no incident (count 0). */
  by_severity: Record<string, Spread>;
}

type Measure = (f: IncidentFacts) => number | undefined;

/** Minutes from start to resolution. */
export const timeToResolve: Measure = (f) => f.metrics.durationMinutes;
/** Minutes from start to detection; undefined (left out) when the incident has no `detected`. */
export const timeToDetect: Measure = (f) => f.metrics.timeToDetectMinutes;

/** Median and 90th percentile of `measure` over the incidents that have it. */
export function durationBreakdown(facts: readonly IncidentFacts[], measure: Measure): DurationBreakdown {
  const valuesOf = (subset: readonly IncidentFacts[]) => subset.flatMap((f) => measure(f) ?? []);
  const categories = [...new Set(facts.flatMap((f) => f.categories))].sort();
  return {
    overall: spread(valuesOf(facts)),
    by_category: Object.fromEntries(
      categories.map((c) => [c, spread(valuesOf(facts.filter((f) => f.categories.includes(c))))]),
    ),
    by_severity: Object.fromEntries(
      SEVERITIES.map((s) => [s, spread(valuesOf(facts.filter((f) => f.severity === s)))]),
    ),
  };
}
