/** Incidents newest first, for the home page and category listings. */
import type { IncidentEntry } from '../content/model.ts';
import { toInstant } from '../time/datetime.ts';

/** The `limit` most recent incidents by start time (all of them without a limit). */
export function recentIncidents(
  incidents: readonly IncidentEntry[],
  timeZone: string,
  limit = Infinity,
): IncidentEntry[] {
  const startOf = (entry: IncidentEntry) => toInstant(entry.data.started, timeZone) ?? 0;
  return [...incidents].sort((a, b) => startOf(b) - startOf(a) || a.id.localeCompare(b.id)).slice(0, limit);
}
