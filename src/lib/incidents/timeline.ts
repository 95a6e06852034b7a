/**
 * An incident's timeline and attempts with their `at` resolved to instants: a time of day such as
 * `"10:05"` is on the local day the incident started, in the site's timezone.
 */
import type { Attempt, TimelineEvent } from '../content/schema.ts';
import { momentToInstant } from '../time/datetime.ts';

export interface Timed<T> {
  item: T;
  /** Epoch milliseconds, or undefined when the item has no (valid) `at`. */
  at: number | undefined;
}

/** Events or attempts with their instants, in the order written (authors write them in order). */
export function withInstants<T extends TimelineEvent | Attempt>(
  items: readonly T[],
  started: number,
  timeZone: string,
): Timed<T>[] {
  return items.map((item) => ({
    item,
    at: item.at === undefined ? undefined : momentToInstant(item.at, started, timeZone),
  }));
}
