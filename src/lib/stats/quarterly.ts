/**
 * Trends by quarter (seed 001): is the team getting faster at noticing and fixing, and do problems
 * come back less? Medians by nearest rank (percentile.ts), so each is a time some incident took.
 */
import type { IncidentFacts } from './facts.ts';
import { occurrences, outages, quarterOf } from './kinds.ts';
import { percentile } from './percentile.ts';
import { recurrenceCount } from './recurrence.ts';

export interface QuarterTrend {
  quarter: string;
  /** Incidents and near misses that started in the quarter (drills left out). */
  incidents: number;
  /** Median minutes from start to detection, over those with `detected`. */
  time_to_detect: number | undefined;
  /** Median minutes from start to resolution, over outages (near misses left out). */
  time_to_resolve: number | undefined;
  recurrence_rate: number;
}

/** One row per quarter with incidents, oldest first. */
export function quarterlyTrends(facts: readonly IncidentFacts[]): QuarterTrend[] {
  const quarters = [...new Set(occurrences(facts).map((f) => quarterOf(f.month)))].sort();
  return quarters.map((quarter) => {
    const inQuarter = facts.filter((f) => quarterOf(f.month) === quarter);
    const seen = occurrences(inQuarter);
    return {
      quarter,
      incidents: seen.length,
      time_to_detect: percentile(seen.flatMap((f) => f.metrics.timeToDetectMinutes ?? []), 50),
      time_to_resolve: percentile(outages(inQuarter).map((f) => f.metrics.durationMinutes), 50),
      recurrence_rate: recurrenceCount(inQuarter).rate,
    };
  });
}
