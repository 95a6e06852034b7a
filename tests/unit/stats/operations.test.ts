/**
 * The operations statistics (deadlines, detection, recurrence, quarterly trends, action items'
 * effect) on tests/fixtures/stats-ops/content, against figures counted by hand. Asia/Tokyo;
 * policy P1 respond 15m, P2 1h, P3 4h. The six entries, in start order (JST):
 *
 *   id                       kind       started           detected  resolved  sev  how              first response
 *   2026-01-10-db            incident   2026-01-10 10:00  10:02     11:00     P1   alert            10:10 (timeline; 10:02 is the alert itself)
 *   2026-01-11-db-again      incident   2026-01-11 09:00  09:30     10:00     P1   user_report      09:50 (attempt)    recurrence of 01-10
 *   2026-02-20-disk          incident   2026-02-20 14:00  14:10     16:00     P2   alert            none
 *   2026-04-05-db-drill      drill      2026-04-05 10:00  10:00     10:30     P3   automated_check  11:00 (would miss; drills do not count)
 *   2026-04-20-db-near-miss  near_miss  2026-04-20 08:00  08:03     08:40     P2   internal_report  08:20
 *   2026-05-01-db            incident   2026-05-01 12:00  12:01     12:31     P1   alert            12:05              recurrence of 01-10
 *
 * Time to resolve (outages only): 60, 60, 120, 31. Time to detect (all but the drill): 2, 30, 10, 3, 1.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { computeStats, type Stats } from '../../../src/lib/stats/compute.ts';
import { loadContent } from '../../../src/node/content.ts';

let stats: Stats;
beforeAll(async () => {
  const loaded = await loadContent('tests/fixtures/stats-ops/content');
  expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
  stats = computeStats(loaded.kb, Date.UTC(2026, 5, 1));
});

describe('kinds', () => {
  it('counts drills and near misses apart', () => {
    expect(stats.incidents).toBe(6);
    expect(stats.by_kind).toEqual({ incident: 4, drill: 1, near_miss: 1 });
  });

  it('leaves drills and near misses out of time to resolve and availability, and drills out of time to detect', () => {
    // Sorted 31 60 60 120: median rank 2 → 60, p90 rank ⌈3.6⌉ = 4 → 120.
    expect(stats.time_to_resolve.overall).toEqual({ count: 4, median: 60, p90: 120 });
    // Sorted 1 2 3 10 30: median rank ⌈2.5⌉ = 3 → 3, p90 rank ⌈4.5⌉ = 5 → 30.
    expect(stats.time_to_detect.overall).toEqual({ count: 5, median: 3, p90: 30 });
    // The near miss of April has an SLA target too, but only January's outage costs availability.
    expect(stats.availability.map((a) => [a.month, a.incidents])).toEqual([['2026-01', ['2026-01-10-db']]]);
  });
});

describe('response deadlines', () => {
  it('counts met, missed and unknown from detected to the first later event or attempt', () => {
    expect(stats.deadlines).toEqual({
      checked: 5,
      met: 3,
      missed: [{ id: '2026-01-11-db-again', title: 'Connections exhausted again', level: 'P1', respond_minutes: 15, response_minutes: 20 }],
      unknown: ['2026-02-20-disk'],
    });
  });
});

describe('detection', () => {
  it('counts detection sources by quarter, drills left out', () => {
    const zero = { alert: 0, user_report: 0, internal_report: 0, by_chance: 0, automated_check: 0, unknown: 0 };
    expect(stats.detection_sources).toEqual([
      { quarter: '2026-Q1', total: 3, counts: { ...zero, alert: 2, user_report: 1 } },
      { quarter: '2026-Q2', total: 2, counts: { ...zero, alert: 1, internal_report: 1 } },
    ]);
  });

  it('lists incidents detected more than 5 minutes late with how and the missing alert', () => {
    expect(stats.monitoring_gaps).toEqual({
      threshold_minutes: 5,
      late: [
        { id: '2026-01-11-db-again', title: 'Connections exhausted again', detect_minutes: 30, how: 'user_report', missing_alert: 'DbConnHigh' },
        { id: '2026-02-20-disk', title: 'Disk full', detect_minutes: 10, how: 'alert' },
      ],
      unknown: [],
    });
  });
});

describe('recurrence and trends', () => {
  it('gives the recurrence rate overall and per runbook', () => {
    expect(stats.recurrence).toEqual({
      overall: { incidents: 5, recurrences: 2, rate: 0.4 },
      by_runbook: [
        { runbook: 'db-conn', incidents: 4, recurrences: 2, rate: 0.5 },
        { runbook: 'disk-full', incidents: 1, recurrences: 0, rate: 0 },
      ],
    });
  });

  it('gives medians and the recurrence rate by quarter', () => {
    expect(stats.quarterly).toEqual([
      // Detect 2 30 10 → median 10; resolve 60 60 120 → 60; one recurrence of three.
      { quarter: '2026-Q1', incidents: 3, time_to_detect: 10, time_to_resolve: 60, recurrence_rate: 1 / 3 },
      // Detect 3 1 → median rank 1 → 1; resolve: only May's outage, 31; one recurrence of two.
      { quarter: '2026-Q2', incidents: 2, time_to_detect: 1, time_to_resolve: 31, recurrence_rate: 0.5 },
    ]);
  });

  it("lists the incidents of a done action item's runbooks before and after it, open items and drills left out", () => {
    expect(stats.action_item_effects).toEqual([
      { incident: '2026-01-10-db', title: 'Add a connection pool', runbooks: ['db-conn'], before: [], after: ['2026-01-11-db-again', '2026-04-20-db-near-miss', '2026-05-01-db'] },
      { incident: '2026-02-20-disk', title: 'Rotate logs', runbooks: ['disk-full'], before: [], after: [] },
    ]);
  });
});
