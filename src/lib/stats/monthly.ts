/** Incidents per month, stacked by severity: is it getting better, and is it the bad ones? */
import type { Severity } from '../content/schema.ts';
import type { IncidentFacts } from './facts.ts';
import { monthRange } from '../time/months.ts';

export type MonthCount = { month: string; total: number } & Record<Severity, number>;

/**
 * One row per month from the first incident's month to the last one's (quiet months included as
 * zeros), counting incidents by the local month they started in.
 */
export function incidentsPerMonth(facts: readonly IncidentFacts[]): MonthCount[] {
  const months = facts.map((f) => f.month).sort();
  if (!months.length) return [];
  const rows = new Map(
    monthRange(months[0]!, months[months.length - 1]!).map((month): [string, MonthCount] => [
      month,
      { month, total: 0, critical: 0, high: 0, medium: 0, low: 0 },
    ]),
  );
  for (const f of facts) {
    const row = rows.get(f.month)!;
    row[f.severity] += 1;
    row.total += 1;
  }
  return [...rows.values()];
}
