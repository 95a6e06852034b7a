/**
 * The content format's "calendar" rule: a date or time that does not exist is an error, never
 * rolled over. `Date.UTC(2026, 1, 30)` quietly means 2 March, and a time to resolve computed from
 * it is wrong by days; the author meant something else and must be told what.
 */
import { DATETIME_PATTERN } from '../content/vocabulary.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** What is wrong with `YYYY-MM-DD`, or undefined when the day exists. */
export function dateProblem(year: number, month: number, day: number): string | undefined {
  const shown = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (month < 1 || month > 12) return `${shown} has no month ${month} (months are 01 to 12)`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `${shown} does not exist: ${MONTHS[month - 1]} ${year} has ${days} days`;
  return undefined;
}

/**
 * What is wrong with a date-time that matches DATETIME_PATTERN (or a plain date), or undefined.
 * Offsets go from -12:00 to +14:00 on Earth; ±14:00 is the format's bound either way.
 */
export function calendarProblem(text: string): string | undefined {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (date) return dateProblem(Number(date[1]), Number(date[2]), Number(date[3]));
  const match = DATETIME_PATTERN.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, , offset] = match;
  const day = dateProblem(Number(y), Number(mo), Number(d));
  if (day) return day;
  if (Number(h) > 23) return `hour ${h} does not exist (hours are 00 to 23)`;
  if (Number(mi) > 59) return `minute ${mi} does not exist (minutes are 00 to 59)`;
  if (s !== undefined && Number(s) > 59) return `second ${s} does not exist (seconds are 00 to 59)`;
  if (offset && offset !== 'Z') {
    const [, oh, om] = /^[+-](\d{2}):?(\d{2})$/.exec(offset)!;
    if (Number(om) > 59 || Number(oh) * 60 + Number(om) > 14 * 60) return `offset ${offset} is not a time zone offset (they go from -14:00 to +14:00)`;
  }
  return undefined;
}
