/** Dates, durations and shares as the site's language writes them, in the site's timezone. */
import type { Lang } from '../content/schema.ts';
import { localDate } from '../time/datetime.ts';

const LOCALES: Record<Lang, string> = { ja: 'ja-JP', en: 'en-US' };

/** `2021/02/06 16:55` (ja) or `Feb 6, 2021, 16:55` (en), with the zone's short name. */
export function formatDateTime(instant: number, lang: Lang, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone,
    dateStyle: 'medium',
    timeStyle: 'short',
    hourCycle: 'h23',
  }).format(instant);
}

/** Time of day only (`16:55`), for timelines whose day the header already gives. */
export function formatTime(instant: number, lang: Lang, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { timeZone, timeStyle: 'short', hourCycle: 'h23' }).format(instant);
}

/** A calendar date written `YYYY-MM-DD` (no timezone: it is a date, not an instant). */
export function formatDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(LOCALES[lang], { timeZone: 'UTC', dateStyle: 'long' }).format(Date.UTC(y, m - 1, d));
}

/** `YYYY-MM` as `2021年2月` / `February 2021`. */
export function formatMonth(month: string, lang: Lang): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(LOCALES[lang], { timeZone: 'UTC', year: 'numeric', month: 'long' }).format(
    Date.UTC(y, m - 1, 1),
  );
}

/** Minutes as `1時間5分` / `1 h 5 min`; days above 24 hours; under a minute as seconds. */
export function formatMinutes(minutes: number, lang: Lang): string {
  if (minutes > 0 && minutes < 1) {
    const seconds = Math.round(minutes * 60);
    return lang === 'ja' ? `${seconds}秒` : `${seconds} s`;
  }
  const total = Math.round(minutes);
  const parts: [number, string, string][] = [
    [Math.floor(total / 1440), '日', 'd'],
    [Math.floor((total % 1440) / 60), '時間', 'h'],
    [total % 60, '分', 'min'],
  ];
  const shown = parts.filter(([n]) => n > 0);
  if (!shown.length) return lang === 'ja' ? '0分' : '0 min';
  return lang === 'ja' ? shown.map(([n, ja]) => `${n}${ja}`).join('') : shown.map(([n, , en]) => `${n} ${en}`).join(' ');
}

/** A share (0.5) as a percentage with enough digits to tell 99.9 from 99.99. */
export function formatPercent(share: number, lang: Lang, digits = 1): string {
  return new Intl.NumberFormat(LOCALES[lang], {
    style: 'percent',
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
  }).format(share);
}

/** A plain number in the language's grouping (1,200). */
export function formatNumber(value: number, lang: Lang, digits = 3): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits }).format(value);
}

/**
 * A timeline moment: the time alone on the day `day` started (local), the date too on a later day,
 * so an incident that runs past midnight stays unambiguous.
 */
export function formatMoment(instant: number, day: number, lang: Lang, timeZone: string): string {
  const sameDay = localDate(instant, timeZone) === localDate(day, timeZone);
  return sameDay ? formatTime(instant, lang, timeZone) : formatDateTime(instant, lang, timeZone);
}
