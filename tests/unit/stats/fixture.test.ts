/**
 * computeStats on tests/fixtures/stats/content, against figures counted by hand. The fixture's
 * site timezone is Asia/Tokyo (JST, +09:00) and its half-life 30 days. Its six incidents, in the
 * order they started (JST):
 *
 *   id                          started            detected  resolved           sev       runbooks   SLA
 *   2025-01-15-old-connections  2025-01-15 14:00   14:20     2025-01-15 15:00   low (P4)  db-conn    99.9   offset-less
 *   2026-01-31-across-midnight  2026-01-31 23:30   23:40     2026-02-01 00:30   critical  db-conn    99.9
 *   2026-02-10-utc-disk         2026-02-10 10:00   10:03     2026-02-10 11:45   high      disk-full  99.9   written in Z
 *   2026-02-20-no-detected      2026-02-20 09:00   -         2026-02-20 09:45   medium    db-conn    99.95  offset-less
 *   2026-02-20-no-runbook       2026-02-20 09:30   09:32     2026-02-20 10:10   high      -          99.95
 *   2026-03-01-new-york-offset  2026-03-01 00:00   00:06     2026-03-01 01:20   high      disk-full  99.9   written at -05:00
 *
 * Time to resolve: 60, 60, 105, 45, 40, 80. Time to detect: 20, 10, 3, -, 2, 6.
 * Categories: db-conn → database, disk-full → storage, no runbook → uncategorised.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cautiousSuccessRate } from '../../../src/lib/recommend/confidence.ts';
import { computeStats, type Stats } from '../../../src/lib/stats/compute.ts';
import { solutionLeague } from '../../../src/lib/stats/league.ts';
import type { KnowledgeBase } from '../../../src/lib/content/model.ts';
import { loadContent } from '../../../src/node/content.ts';

const FIXTURE = 'tests/fixtures/stats/content';
/** 2026-03-10 00:00 JST. */
const NOW = Date.UTC(2026, 2, 9, 15, 0);

let kb: KnowledgeBase;
let stats: Stats;
beforeAll(async () => {
  const loaded = await loadContent(FIXTURE);
  expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
  kb = loaded.kb;
  stats = computeStats(kb, NOW);
});

const zeros = { critical: 0, high: 0, medium: 0, low: 0, total: 0 };

describe('incidents per month', () => {
  it('counts by the local month of the start, with quiet months as zero rows', () => {
    expect(stats.incidents).toBe(6);
    // 2025-01 … 2026-03 is 15 months; only four have incidents.
    expect(stats.per_month.map((m) => m.month)).toHaveLength(15);
    const busy = stats.per_month.filter((m) => m.total > 0);
    expect(busy).toEqual([
      { ...zeros, month: '2025-01', low: 1, total: 1 },
      // Across midnight: started 31 Jan 23:30 JST, so January even though it ended in February.
      { ...zeros, month: '2026-01', critical: 1, total: 1 },
      { ...zeros, month: '2026-02', high: 2, medium: 1, total: 3 },
      // 28 Feb 10:00 at -05:00 is 1 March 00:00 in Tokyo.
      { ...zeros, month: '2026-03', high: 1, total: 1 },
    ]);
    expect(stats.per_month.find((m) => m.month === '2025-06')).toEqual({ ...zeros, month: '2025-06' });
  });
});

describe('time to resolve and to detect (nearest rank)', () => {
  it('overall', () => {
    // TTR sorted 40 45 60 60 80 105: median rank ⌈3⌉ = 3 → 60; p90 rank ⌈5.4⌉ = 6 → 105.
    expect(stats.time_to_resolve.overall).toEqual({ count: 6, median: 60, p90: 105 });
    // TTD without the incident that has no `detected`: 2 3 6 10 20; median rank ⌈2.5⌉ = 3 → 6; p90 ⌈4.5⌉ = 5 → 20.
    expect(stats.time_to_detect.overall).toEqual({ count: 5, median: 6, p90: 20 });
  });

  it('per category (top level of the runbooks’ categories)', () => {
    expect(stats.time_to_resolve.by_category).toEqual({
      database: { count: 3, median: 60, p90: 60 }, // 45 60 60: ranks 2 and 3
      storage: { count: 2, median: 80, p90: 105 }, // 80 105: ranks 1 and 2
      uncategorised: { count: 1, median: 40, p90: 40 },
    });
    expect(stats.time_to_detect.by_category).toEqual({
      database: { count: 2, median: 10, p90: 20 }, // 10 20 (the no-detected one is left out)
      storage: { count: 2, median: 3, p90: 6 },
      uncategorised: { count: 1, median: 2, p90: 2 },
    });
  });

  it('per severity, every severity listed', () => {
    expect(stats.time_to_resolve.by_severity).toEqual({
      critical: { count: 1, median: 60, p90: 60 },
      high: { count: 3, median: 80, p90: 105 }, // 40 80 105
      medium: { count: 1, median: 45, p90: 45 }, // P3
      low: { count: 1, median: 60, p90: 60 }, // P4
    });
    expect(stats.time_to_detect.by_severity.medium).toEqual({ count: 0, median: undefined, p90: undefined });
    expect(stats.time_to_detect.by_severity.high).toEqual({ count: 3, median: 3, p90: 6 }); // 2 3 6
  });
});

describe('monitoring gaps', () => {
  it('lists incidents detected more than 5 minutes late, slowest first, and those with no detected time', () => {
    expect(stats.monitoring_gaps.late.map((g) => [g.id, g.detect_minutes])).toEqual([
      ['2025-01-15-old-connections', 20],
      ['2026-01-31-across-midnight', 10],
      ['2026-03-01-new-york-offset', 6],
    ]);
    // 10:03 JST against 01:00Z is 3 minutes (not 543): the offsets are honoured.
    expect(stats.monitoring_gaps.late.some((g) => g.id === '2026-02-10-utc-disk')).toBe(false);
    expect(stats.monitoring_gaps.unknown).toEqual(['2026-02-20-no-detected']);
  });
});

describe('coverage gaps', () => {
  it('finds the runbook no incident used and the incident with no runbook', () => {
    expect(stats.coverage.unused_runbooks).toEqual([{ id: 'web-502', title: 'nginx answers 502' }]);
    expect(stats.coverage.incidents_without_runbook.map((e) => e.id)).toEqual(['2026-02-20-no-runbook']);
  });
});

describe('solution league', () => {
  // Ages in minutes from the latest resolution, 1 Mar 01:20 JST; half-life 30 d = 43 200 min.
  const w = (minutes: number) => 0.5 ** (minutes / 43_200);
  const old = w(410 * 1440 - 820); // 15 Jan 2025 15:00: 410 days less 13h40m
  const w1 = w(28 * 1440 + 50); // 1 Feb 00:30: 28 days 50 min
  const w2 = w(18 * 1440 + 815); // 10 Feb 11:45: 18 days 13h35m
  const w3 = w(8 * 1440 + 935); // 20 Feb 09:45: 8 days 15h35m
  const w6 = 1; // the latest incident itself

  it('counts raw outcomes, mitigated as half a success', () => {
    const row = (key: string) => stats.solutions.table.find((r) => r.solution === key);
    expect(row('db-conn#raise-limit')).toMatchObject({ attempts: 3, resolved: 2, mitigated: 0, failed: 1 });
    expect(row('db-conn#raise-limit')?.success_rate).toBeCloseTo(2 / 3, 12);
    // restart-pool: failed once, mitigated once → (0 + 1/2) / 2.
    expect(row('db-conn#restart-pool')).toMatchObject({ attempts: 2, resolved: 0, mitigated: 1, failed: 1, success_rate: 0.25 });
    expect(row('disk-full#grow-volume')).toMatchObject({ attempts: 2, resolved: 2, success_rate: 1 });
    expect(row('web-502#reload-nginx')).toBeUndefined(); // untried solutions are not in the league
  });

  it('scores with the half-life discount: the 2025 failure barely counts', () => {
    const score = (key: string) => stats.solutions.table.find((r) => r.solution === key)!.score;
    expect(score('disk-full#grow-volume')).toBeCloseTo(cautiousSuccessRate(w2 + w6, w2 + w6), 12);
    expect(score('db-conn#raise-limit')).toBeCloseTo(cautiousSuccessRate(w1 + w3, w1 + w3 + old), 12);
    expect(score('db-conn#restart-pool')).toBeCloseTo(cautiousSuccessRate(0.5 * w1, w1 + old), 12);
    expect(score('disk-full#delete-logs')).toBeCloseTo(cautiousSuccessRate(0.5 * w6, w2 + w6), 12);
    // Without the discount raise-limit (2 of 3) would score lower than it does.
    expect(score('db-conn#raise-limit')).toBeGreaterThan(cautiousSuccessRate(2, 3));
    expect(old).toBeLessThan(1e-4);
  });

  it('ranks best first and splits best from worst without overlap', () => {
    expect(stats.solutions.table.map((r) => r.solution)).toEqual([
      'disk-full#grow-volume',
      'db-conn#raise-limit',
      'db-conn#restart-pool',
      'disk-full#delete-logs',
    ]);
    const league = solutionLeague(kb, 2);
    expect(league.best.map((r) => r.solution)).toEqual(['disk-full#grow-volume', 'db-conn#raise-limit']);
    expect(league.worst.map((r) => r.solution)).toEqual(['disk-full#delete-logs', 'db-conn#restart-pool']);
    // With room for five, all four are "best" and none is left to be "worst".
    expect(stats.solutions.worst).toEqual([]);
  });
});

describe('availability per month and SLA target', () => {
  it('splits the across-midnight incident between January and February and merges overlaps', () => {
    const rows = stats.availability.map((a) => [a.month, a.sla_target, a.downtime_minutes, a.month_minutes, a.incidents]);
    expect(rows).toEqual([
      ['2025-01', 99.9, 60, 31 * 1440, ['2025-01-15-old-connections']],
      // 23:30 → 00:00 JST on 31 Jan.
      ['2026-01', 99.9, 30, 31 * 1440, ['2026-01-31-across-midnight']],
      // 00:00 → 00:30 on 1 Feb, plus 105 minutes on 10 Feb.
      ['2026-02', 99.9, 30 + 105, 28 * 1440, ['2026-01-31-across-midnight', '2026-02-10-utc-disk']],
      // 09:00–09:45 and 09:30–10:10 overlap: down 09:00–10:10 = 70 minutes, not 45 + 40 = 85.
      ['2026-02', 99.95, 70, 28 * 1440, ['2026-02-20-no-detected', '2026-02-20-no-runbook']],
      ['2026-03', 99.9, 80, 31 * 1440, ['2026-03-01-new-york-offset']],
    ]);
  });

  it('derives availability and budget from the month length', () => {
    const feb = stats.availability.find((a) => a.month === '2026-02' && a.sla_target === 99.95)!;
    // 40 320 minutes × 0.05 % = 20.16 allowed; 70 / 20.16 = 3.472…; 100 × (1 − 70 / 40 320) = 99.826 388 9…
    expect(feb.allowed_minutes).toBeCloseTo(20.16, 9);
    expect(feb.budget_used).toBeCloseTo(70 / 20.16, 9);
    expect(feb.availability).toBeCloseTo(99.826_388_9, 6);
    expect(feb.breached).toBe(true);
    const jan = stats.availability.find((a) => a.month === '2026-01')!;
    // 44 640 × 0.1 % = 44.64 allowed; 30 minutes is 67 % of it: still within the target.
    expect(jan.allowed_minutes).toBeCloseTo(44.64, 9);
    expect(jan.budget_used).toBeCloseTo(30 / 44.64, 9);
    expect(jan.breached).toBe(false);
  });
});

describe('action items', () => {
  it('counts open, done and overdue per horizon, ages from the resolution to now', () => {
    expect(stats.action_items.by_horizon).toEqual({
      short: { open: 2, done: 1, overdue: 1 },
      mid: { open: 2, done: 0, overdue: 1 },
      long: { open: 1, done: 1, overdue: 0 },
    });
    expect(stats.action_items.open.map((i) => [i.incident, i.horizon, i.age_days, i.overdue])).toEqual([
      // 15 Jan 2025 15:00 → 10 Mar 2026 00:00: 419 days less 15 h → 418; mid allows 90.
      ['2025-01-15-old-connections', 'mid', 418, true],
      // 1 Feb 00:30 → 10 Mar 00:00: 37 days less 30 min → 36; short allows 30, mid 90.
      ['2026-01-31-across-midnight', 'short', 36, true],
      ['2026-01-31-across-midnight', 'mid', 36, false],
      // 20 Feb 09:45 → 10 Mar 00:00: 18 days less 9h45m → 17.
      ['2026-02-20-no-detected', 'long', 17, false],
      // 1 Mar 01:20 → 10 Mar 00:00: 9 days less 1h20m → 8.
      ['2026-03-01-new-york-offset', 'short', 8, false],
    ]);
    expect(stats.action_items.open[2]?.owner).toBe('dba');
  });

  it('ages move with the now passed in, nothing else does', () => {
    const later = computeStats(kb, NOW + 60 * 86_400_000);
    expect(later.action_items.open.map((i) => i.age_days)).toEqual([478, 96, 96, 77, 68]);
    expect(later.action_items.by_horizon.mid.overdue).toBe(2);
    expect({ ...later, now: stats.now, action_items: stats.action_items }).toEqual(stats);
  });
});
