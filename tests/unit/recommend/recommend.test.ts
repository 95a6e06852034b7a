import { describe, expect, it } from 'vitest';
import { recommendSolutions } from '../../../src/lib/recommend/recommend.ts';
import { buildKb, repeat } from './build-kb.ts';

const order = (kb: ReturnType<typeof buildKb>) => recommendSolutions(kb).get('rb')!.map((r) => r.solution);
const byId = (kb: ReturnType<typeof buildKb>, id: string) =>
  recommendSolutions(kb).get('rb')!.find((r) => r.solution === `rb#${id}`)!;

describe('recommendSolutions', () => {
  it('keeps the author order when no incident tried anything', () => {
    expect(order(buildKb(['c', 'a', 'b'], []))).toEqual(['rb#c', 'rb#a', 'rb#b']);
  });

  it('ranks 9 successes of 10 above 1 of 1', () => {
    const kb = buildKb(
      ['once', 'often'],
      [
        ...repeat(1, '2026-01-10', 'once', 'resolved'),
        ...repeat(9, '2026-01-10', 'often', 'resolved'),
        ...repeat(1, '2026-01-10', 'often', 'failed'),
      ],
    );
    expect(order(kb)).toEqual(['rb#often', 'rb#once']);
    expect(byId(kb, 'once').success_rate).toBe(1);
    expect(byId(kb, 'often').success_rate).toBe(0.9);
  });

  it('ranks a solution that only ever failed below an untried one', () => {
    const kb = buildKb(['failing', 'untried'], repeat(1, '2026-01-10', 'failing', 'failed'));
    expect(order(kb)).toEqual(['rb#untried', 'rb#failing']);
  });

  it('counts a mitigation as half a success', () => {
    const kb = buildKb(
      ['x'],
      [...repeat(2, '2026-01-10', 'x', 'resolved'), ...repeat(1, '2026-01-10', 'x', 'mitigated'), ...repeat(1, '2026-01-10', 'x', 'failed')],
    );
    expect(byId(kb, 'x')).toMatchObject({ attempts: 4, resolved: 2, mitigated: 1, failed: 1, success_rate: 2.5 / 4 });
    const mitigatedOnly = buildKb(['m', 'r'], [...repeat(1, '2026-01-10', 'm', 'mitigated'), ...repeat(1, '2026-01-10', 'r', 'resolved')]);
    expect(order(mitigatedOnly)).toEqual(['rb#r', 'rb#m']);
  });

  it('gives a self-recovered incident no success: its failures count, its mitigations do not', () => {
    const kb = buildKb(['x'], [{ date: '2026-01-10', self_recovered: true, attempts: [{ solution: 'x', outcome: 'mitigated' }, { solution: 'x', outcome: 'failed' }] }]);
    expect(byId(kb, 'x')).toMatchObject({ attempts: 1, resolved: 0, mitigated: 0, failed: 1, success_rate: 0 });
  });

  it('counts drill attempts only when count_drills is true; near misses always', () => {
    const incidents = [
      { date: '2026-01-10', kind: 'drill' as const, attempts: [{ solution: 'x', outcome: 'resolved' as const }] },
      { date: '2026-01-11', kind: 'near_miss' as const, attempts: [{ solution: 'x', outcome: 'failed' as const }] },
    ];
    expect(byId(buildKb(['x'], incidents), 'x')).toMatchObject({ attempts: 1, resolved: 0, failed: 1 });
    expect(byId(buildKb(['x'], incidents, '365d', true), 'x')).toMatchObject({ attempts: 2, resolved: 1, failed: 1 });
  });

  it('reports zero counts, a zero rate and no last date for an untried solution', () => {
    const rec = byId(buildKb(['x'], []), 'x');
    expect(rec).toMatchObject({ attempts: 0, resolved: 0, mitigated: 0, failed: 0, success_rate: 0 });
    expect(rec.last).toBeUndefined();
    expect(rec.score).toBeGreaterThan(0);
  });

  it('gives the latest attempt date in the site timezone', () => {
    const kb = buildKb(['x'], [...repeat(1, '2025-03-01', 'x', 'resolved'), ...repeat(1, '2026-03-02', 'x', 'failed')]);
    expect(byId(kb, 'x').last).toBe('2026-03-02');
  });

  it('resolves bare solution ids and runbook#solution references alike', () => {
    const kb = buildKb(['x'], [
      { date: '2026-01-10', attempts: [{ solution: 'x', outcome: 'resolved' }] },
      { date: '2026-01-11', attempts: [{ solution: 'rb#x', outcome: 'resolved' }] },
      { date: '2026-01-12', attempts: [{ solution: 'other#x', outcome: 'resolved' }] },
    ]);
    expect(byId(kb, 'x').attempts).toBe(2);
  });

  it('weighs old evidence less: recent successes beat old ones of the same count', () => {
    const kb = buildKb(
      ['old', 'recent'],
      [...repeat(3, '2022-01-10', 'old', 'resolved'), ...repeat(3, '2026-01-10', 'recent', 'resolved')],
    );
    expect(order(kb)).toEqual(['rb#recent', 'rb#old']);
    expect(byId(kb, 'old').success_rate).toBe(byId(kb, 'recent').success_rate);
  });

  it('measures age from the content, not the clock: the same content gives the same output', () => {
    const incidents = [...repeat(2, '2020-01-10', 'a', 'resolved'), ...repeat(1, '2021-01-10', 'b', 'failed')];
    const first = JSON.stringify([...recommendSolutions(buildKb(['a', 'b'], incidents))]);
    const second = JSON.stringify([...recommendSolutions(buildKb(['a', 'b'], incidents))]);
    expect(second).toBe(first);
  });

  it('an attempt one half-life old counts like half an attempt today', () => {
    // 2 successes 30 days before the latest incident, with a 30d half-life, weigh as 1 success now.
    const halfLifeOld = buildKb(['x', 'anchor'], [
      ...repeat(2, '2026-01-01', 'x', 'resolved'),
      ...repeat(1, '2026-01-31', 'anchor', 'failed'),
    ], '30d');
    const today = buildKb(['x', 'anchor'], [
      ...repeat(1, '2026-01-31', 'x', 'resolved'),
      ...repeat(1, '2026-01-31', 'anchor', 'failed'),
    ], '30d');
    expect(byId(halfLifeOld, 'x').score).toBeCloseTo(byId(today, 'x').score, 12);
  });

  it('returns an entry for every runbook and every solution', () => {
    const recs = recommendSolutions(buildKb(['a', 'b', 'c'], []));
    expect([...recs.keys()]).toEqual(['rb']);
    expect(recs.get('rb')!.map((r) => r.title)).toEqual(['Solution a', 'Solution b', 'Solution c']);
  });
});
