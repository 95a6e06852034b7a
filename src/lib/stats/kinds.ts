/**
 * Which incidents each statistic counts. A drill is staged: its detection and response say nothing
 * about the monitoring or the on-call, so it counts nowhere but in its own tally. A near miss was
 * real and noticed for real, but users were not hurt: it counts in detection and recurrence, not in
 * time to resolve or availability (spec: "neither counts in time-to-resolve or availability").
 */
import type { IncidentFacts } from './facts.ts';

/** Occurrences of a problem: everything but drills. */
export function occurrences(facts: readonly IncidentFacts[]): IncidentFacts[] {
  return facts.filter((f) => f.incident.data.kind !== 'drill');
}

/** Outages: what time to resolve and availability are measured on. */
export function outages(facts: readonly IncidentFacts[]): IncidentFacts[] {
  return facts.filter((f) => f.incident.data.kind === 'incident');
}

/** `YYYY-Qn` of a `YYYY-MM` month. */
export function quarterOf(month: string): string {
  return `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
}
