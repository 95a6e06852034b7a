/**
 * Dates, times and durations as the content format writes them. A date-time without an offset is
 * read in the site's timezone (not UTC, which a YAML parser would assume); Intl supplies the
 * timezone rules, so this works the same in Node and in the browser.
 */
import { DATETIME_PATTERN, DURATION_PATTERN, TIME_OF_DAY_PATTERN } from '../content/vocabulary.ts';

const MINUTE = 60_000;

/** Minutes in a duration such as `1h30m` or `3d`; undefined when the text is not a duration. */
export function parseDuration(text: string): number | undefined {
  const m = DURATION_PATTERN.exec(text);
  if (!m) return undefined;
  return Number(m[1] ?? 0) * 1440 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

/** `95` minutes → `1h35m`; the inverse of parseDuration for whole minutes. */
export function formatDuration(minutes: number): string {
  const total = Math.round(minutes);
  if (total <= 0) return '0m';
  const d = Math.floor(total / 1440);
  const h = Math.floor((total % 1440) / 60);
  const m = total % 60;
  return `${d ? `${d}d` : ''}${h ? `${h}h` : ''}${m ? `${m}m` : ''}`;
}

/** The offset of `timeZone` from UTC at `instant`, in minutes (Asia/Tokyo → 540). */
export function timezoneOffset(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((local - Math.floor(instant / 1000) * 1000) / MINUTE);
}

/**
 * Epoch milliseconds of an ISO 8601 date-time; without an offset it is wall-clock time in
 * `timeZone`. Undefined when the text is not a date-time.
 */
export function toInstant(text: string, timeZone: string): number | undefined {
  const m = DATETIME_PATTERN.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const wall = Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +(s ?? 0), Math.round(Number(`0.${frac ?? 0}`) * 1000));
  if (zone === 'Z') return wall;
  if (zone) {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    return wall - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * MINUTE;
  }
  // Wall-clock time in a zone: guess with the offset at that wall time, then correct once for DST edges.
  const first = wall - timezoneOffset(wall, timeZone) * MINUTE;
  return wall - timezoneOffset(first, timeZone) * MINUTE;
}

/**
 * An incident's `at`: a full date-time, or a time of day (`"10:05"`) on the local day the
 * incident started. Undefined when it is neither.
 */
export function momentToInstant(at: string, dayStart: number, timeZone: string): number | undefined {
  const t = TIME_OF_DAY_PATTERN.exec(at);
  if (!t) return toInstant(at, timeZone);
  const day = localDate(dayStart, timeZone);
  const time = `${t[1]!.padStart(2, '0')}:${t[2]}:${t[3] ?? '00'}`;
  return toInstant(`${day}T${time}`, timeZone);
}

/** `YYYY-MM-DD` of an instant as seen in `timeZone`. */
export function localDate(instant: number, timeZone: string): string {
  return new Date(instant + timezoneOffset(instant, timeZone) * MINUTE).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD HH:MM` of an instant as seen in `timeZone`. */
export function localDateTime(instant: number, timeZone: string): string {
  return new Date(instant + timezoneOffset(instant, timeZone) * MINUTE).toISOString().slice(0, 16).replace('T', ' ');
}
