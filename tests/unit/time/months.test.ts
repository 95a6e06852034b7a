import { describe, expect, it } from 'vitest';
import { monthOf, monthRange, monthStart, nextMonth, splitByMonth } from '../../../src/lib/time/months.ts';

const MINUTE = 60_000;

describe('months in the site timezone', () => {
  it('names the month an instant falls in, locally', () => {
    const t = Date.UTC(2026, 1, 28, 15, 0); // 28 Feb 15:00 UTC = 1 Mar 00:00 in Tokyo
    expect(monthOf(t, 'Asia/Tokyo')).toBe('2026-03');
    expect(monthOf(t, 'UTC')).toBe('2026-02');
  });

  it('steps and ranges over year ends, quiet months included', () => {
    expect(nextMonth('2025-12')).toBe('2026-01');
    expect(monthRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthRange('2026-02', '2026-02')).toEqual(['2026-02']);
  });

  it('gives DST months their local length', () => {
    // March 2026 in New York loses an hour on the 8th: 31 × 1440 − 60 = 44 580 minutes.
    const minutes = (monthStart('2026-04', 'America/New_York') - monthStart('2026-03', 'America/New_York')) / MINUTE;
    expect(minutes).toBe(44_580);
  });

  it('cuts a span at local month boundaries', () => {
    // 31 Jan 23:30 to 1 Feb 00:30 in Tokyo (14:30 to 15:30 UTC): 30 minutes in each month.
    const parts = splitByMonth(Date.UTC(2026, 0, 31, 14, 30), Date.UTC(2026, 0, 31, 15, 30), 'Asia/Tokyo');
    expect(parts.map((p) => [p.month, (p.to - p.from) / MINUTE])).toEqual([
      ['2026-01', 30],
      ['2026-02', 30],
    ]);
    // The same span in UTC stays inside January.
    expect(splitByMonth(Date.UTC(2026, 0, 31, 14, 30), Date.UTC(2026, 0, 31, 15, 30), 'UTC')).toHaveLength(1);
  });
});
