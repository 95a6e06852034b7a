/**
 * Calendar months in the site's timezone, as `YYYY-MM`: the unit of the monthly charts and of the
 * availability budget. A month starts at local midnight on its first day, so its length in
 * minutes follows the local calendar (DST months are an hour shorter or longer).
 */
import { localDate, toInstant } from '../time/datetime.ts';

/** `YYYY-MM` of an instant as seen in `timeZone`. */
export function monthOf(instant: number, timeZone: string): string {
  return localDate(instant, timeZone).slice(0, 7);
}

/** The month after `month` (`2025-12` → `2026-01`). */
export function nextMonth(month: string): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return mon === 12 ? `${year + 1}-01` : `${year}-${String(mon + 1).padStart(2, '0')}`;
}

/** Epoch milliseconds of local midnight on the first day of `month` in `timeZone`. */
export function monthStart(month: string, timeZone: string): number {
  return toInstant(`${month}-01T00:00`, timeZone)!;
}

/** Every month from `first` to `last` inclusive, so a chart shows quiet months as zero, not as a gap. */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  for (let m = first; m <= last; m = nextMonth(m)) months.push(m);
  return months;
}

/** A time span cut at month boundaries: the part of [start, end) that falls in each month, in order. */
export function splitByMonth(start: number, end: number, timeZone: string): { month: string; from: number; to: number }[] {
  const parts: { month: string; from: number; to: number }[] = [];
  let from = start;
  while (from < end) {
    const month = monthOf(from, timeZone);
    const to = Math.min(end, monthStart(nextMonth(month), timeZone));
    parts.push({ month, from, to });
    from = to;
  }
  return parts;
}
