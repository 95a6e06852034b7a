import { describe, expect, it } from 'vitest';
import { incidentSchema, type Incident } from '../../../src/lib/content/schema.ts';
import { incidentMetrics, slaCost } from '../../../src/lib/incidents/metrics.ts';
import { withInstants } from '../../../src/lib/incidents/timeline.ts';

const incident = (fields: Partial<Record<keyof Incident, unknown>>): Incident =>
  incidentSchema.parse({ title: 't', severity: 'high', symptoms: ['s'], ...fields });

describe('incidentMetrics', () => {
  it('reads offset-less times in the site timezone', () => {
    const m = incidentMetrics(
      incident({ started: '2021-02-06T16:55', detected: '2021-02-06T17:05:00', resolved: '2021-02-06T17:55' }),
      'Asia/Tokyo',
    );
    expect(m.started).toBe(Date.UTC(2021, 1, 6, 7, 55));
    expect(m.durationMinutes).toBe(60);
    expect(m.timeToDetectMinutes).toBe(10);
  });

  it('keeps explicit offsets, whatever the site timezone', () => {
    const m = incidentMetrics(
      incident({ started: '2021-02-06T07:55:00Z', resolved: '2021-02-06T17:55:00+09:00' }),
      'America/New_York',
    );
    expect(m.durationMinutes).toBe(60);
    expect(m.timeToDetectMinutes).toBeUndefined();
    expect(m.sla).toBeUndefined();
  });

  it('charges the downtime against the month allowance of the SLA target', () => {
    const m = incidentMetrics(
      incident({ started: '2021-02-06T16:55', resolved: '2021-02-06T17:55', impact: { sla_target: 99.9 } }),
      'Asia/Tokyo',
    );
    // February 2021 has 28 days: 40 320 minutes, 0.1 % of which is 40.32 minutes.
    expect(m.sla?.month).toBe('2021-02');
    expect(m.sla?.monthMinutes).toBe(40_320);
    expect(m.sla?.allowedMinutes).toBeCloseTo(40.32, 6);
    expect(m.sla?.budgetShare).toBeCloseTo(60 / 40.32, 6);
    expect(m.sla?.availability).toBeCloseTo(100 - (60 / 40_320) * 100, 6);
  });
});

describe('slaCost', () => {
  it('picks the month as seen in the site timezone', () => {
    const started = Date.UTC(2021, 1, 28, 16, 0); // 1 March 01:00 in Tokyo
    expect(slaCost(started, 30, 99.9, 'Asia/Tokyo').month).toBe('2021-03');
    expect(slaCost(started, 30, 99.9, 'UTC').month).toBe('2021-02');
  });

  it('counts the local month length, one hour short in a month where DST starts', () => {
    const cost = slaCost(Date.UTC(2024, 2, 10, 13, 0), 60, 99, 'America/New_York');
    expect(cost.monthMinutes).toBe(31 * 1440 - 60);
    expect(cost.allowedMinutes).toBeCloseTo((31 * 1440 - 60) * 0.01, 6);
  });
});

describe('withInstants', () => {
  it('puts a time of day on the local day the incident started, and keeps full date-times', () => {
    const started = Date.UTC(2024, 2, 10, 13, 0); // 09:00 EDT, the day DST started
    const timed = withInstants(
      [
        { at: '09:12', event: 'alert' },
        { at: '2024-03-10T10:30:00', event: 'back' },
        { event: 'no time' } as never,
      ],
      started,
      'America/New_York',
    );
    expect(timed.map((t) => t.at)).toEqual([Date.UTC(2024, 2, 10, 13, 12), Date.UTC(2024, 2, 10, 14, 30), undefined]);
  });
});
