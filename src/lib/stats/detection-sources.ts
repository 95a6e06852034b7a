/** How incidents were noticed, by quarter: is monitoring finding problems before users do? */
import { DETECTION_HOWS, type DetectionHow } from '../content/vocabulary.ts';
import type { IncidentFacts } from './facts.ts';
import { occurrences, quarterOf } from './kinds.ts';

/** Counts per detection source; `unknown` for incidents with no `detection`. */
export type SourceCounts = Record<DetectionHow | 'unknown', number>;

export interface QuarterSources {
  /** `YYYY-Qn` of the start, in the site's timezone. */
  quarter: string;
  total: number;
  counts: SourceCounts;
}

/** One row per quarter with incidents (drills left out), oldest first. */
export function detectionSources(facts: readonly IncidentFacts[]): QuarterSources[] {
  const rows = new Map<string, QuarterSources>();
  for (const f of occurrences(facts)) {
    const quarter = quarterOf(f.month);
    const row = rows.get(quarter) ?? { quarter, total: 0, counts: emptyCounts() };
    row.total += 1;
    row.counts[f.incident.data.detection?.how ?? 'unknown'] += 1;
    rows.set(quarter, row);
  }
  return [...rows.values()].sort((a, b) => (a.quarter < b.quarter ? -1 : 1));
}

function emptyCounts(): SourceCounts {
  return Object.fromEntries([...DETECTION_HOWS, 'unknown'].map((how) => [how, 0])) as SourceCounts;
}
