import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatDuration,
  localDate,
  localDateTime,
  momentToInstant,
  parseDuration,
  timezoneOffset,
  toInstant,
} from '../../../src/lib/time/datetime.ts';

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

describe('durations', () => {
  it.each([
    ['45m', 45],
    ['2h', 120],
    ['1h30m', 90],
    ['3d', 4320],
    ['1d2h3m', 1563],
  ])('%s is %i minutes', (text, minutes) => {
    expect(parseDuration(text)).toBe(minutes);
  });

  it.each(['', '90', 'h', '30m1h', '1.5h', ' 2h', '2H'])('refuses %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });

  it('formats minutes back into the same notation, round trip for whole minutes', () => {
    expect(formatDuration(95)).toBe('1h35m');
    expect(formatDuration(0)).toBe('0m');
    fc.assert(fc.property(fc.integer({ min: 1, max: 100_000 }), (m) => parseDuration(formatDuration(m)) === m));
  });
});

describe('date-times', () => {
  it('reads an explicit offset or Z as written, whatever the site timezone', () => {
    expect(iso(toInstant('2021-02-06T10:05:00+09:00', 'America/New_York'))).toBe('2021-02-06T01:05:00.000Z');
    expect(iso(toInstant('2021-02-06T10:05:00-0530', 'Asia/Tokyo'))).toBe('2021-02-06T15:35:00.000Z');
    expect(iso(toInstant('2021-02-06T10:05:00.250Z', 'Asia/Tokyo'))).toBe('2021-02-06T10:05:00.250Z');
  });

  it('reads a time without an offset in the site timezone, not in UTC', () => {
    expect(iso(toInstant('2021-02-06T10:05', 'Asia/Tokyo'))).toBe('2021-02-06T01:05:00.000Z');
    expect(iso(toInstant('2021-02-06 10:05:30', 'UTC'))).toBe('2021-02-06T10:05:30.000Z');
  });

  it('follows daylight saving time in zones that have it', () => {
    expect(iso(toInstant('2026-01-15T12:00', 'America/New_York'))).toBe('2026-01-15T17:00:00.000Z');
    expect(iso(toInstant('2026-07-15T12:00', 'America/New_York'))).toBe('2026-07-15T16:00:00.000Z');
    expect(timezoneOffset(Date.UTC(2026, 6, 15), 'America/New_York')).toBe(-240);
    expect(timezoneOffset(Date.UTC(2026, 6, 15), 'Asia/Tokyo')).toBe(540);
  });

  it('refuses text that is not a date-time', () => {
    for (const text of ['2021-02-06', '10:05', 'yesterday', '2021-02-06T10', '']) expect(toInstant(text, 'UTC')).toBeUndefined();
  });

  it('places a time of day on the local day the incident started, including after local midnight', () => {
    const started = toInstant('2022-07-22T23:40:00+09:00', 'Asia/Tokyo')!;
    expect(iso(momentToInstant('23:55', started, 'Asia/Tokyo'))).toBe('2022-07-22T14:55:00.000Z');
    // Started 00:30 local (the previous day in UTC): the day is the local one.
    const early = toInstant('2022-07-23T00:30:00+09:00', 'Asia/Tokyo')!;
    expect(iso(momentToInstant('00:45', early, 'Asia/Tokyo'))).toBe('2022-07-22T15:45:00.000Z');
    expect(iso(momentToInstant('2022-07-23T01:00:00Z', early, 'Asia/Tokyo'))).toBe('2022-07-23T01:00:00.000Z');
  });

  it('shows an instant as local date and time', () => {
    const at = Date.UTC(2021, 1, 6, 15, 30);
    expect(localDate(at, 'Asia/Tokyo')).toBe('2021-02-07');
    expect(localDateTime(at, 'Asia/Tokyo')).toBe('2021-02-07 00:30');
    expect(localDate(at, 'UTC')).toBe('2021-02-06');
  });

  it('round-trips: a local wall-clock time read back in the same zone is the same instant', () => {
    const zones = ['UTC', 'Asia/Tokyo', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.constantFrom(...zones),
        (ms, zone) => {
          const minute = Math.floor(ms / 60_000) * 60_000;
          const text = localDateTime(minute, zone).replace(' ', 'T');
          const back = toInstant(text, zone)!;
          // Inside the hour a DST change repeats, the wall time names two instants: either is right.
          return back === minute || Math.abs(back - minute) === 3_600_000;
        },
      ),
    );
  });
});
