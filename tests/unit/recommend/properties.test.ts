import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cautiousSuccessRate } from '../../../src/lib/recommend/confidence.ts';
import { attemptWeight } from '../../../src/lib/recommend/decay.ts';
import { recommendSolutions } from '../../../src/lib/recommend/recommend.ts';
import type { Outcome } from '../../../src/lib/content/schema.ts';
import { buildKb, type TestIncident } from './build-kb.ts';

const SOLUTIONS = ['s0', 's1', 's2', 's3'];
const DATES = ['2023-05-01', '2024-02-10', '2025-07-20', '2026-01-05'];
const outcome = fc.constantFrom<Outcome>('resolved', 'mitigated', 'failed');
const incidents = fc.array(
  fc.record({
    date: fc.constantFrom(...DATES),
    attempts: fc.array(fc.record({ solution: fc.constantFrom(...SOLUTIONS), outcome }), { maxLength: 3 }),
  }),
  { maxLength: 12 },
);

const rankOf = (list: TestIncident[], id: string) =>
  recommendSolutions(buildKb(SOLUTIONS, list)).get('rb')!.findIndex((r) => r.solution === `rb#${id}`);

describe('recommendation properties', () => {
  it('scores stay in 0..1', () => {
    fc.assert(
      fc.property(incidents, (list) => {
        for (const rec of recommendSolutions(buildKb(SOLUTIONS, list)).get('rb')!) {
          expect(rec.score).toBeGreaterThanOrEqual(0);
          expect(rec.score).toBeLessThanOrEqual(1);
          expect(rec.success_rate).toBeGreaterThanOrEqual(0);
          expect(rec.success_rate).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it("a solution's rank never drops when its resolved count rises", () => {
    fc.assert(
      fc.property(incidents, fc.constantFrom(...SOLUTIONS), fc.nat(), (list, id, pick) => {
        // The extra success lands in an existing incident (or on an existing date), so the
        // reference time and every other solution's evidence stay as they were.
        const date = list.length ? list[pick % list.length]!.date : DATES[0]!;
        const more = [...list, { date, attempts: [{ solution: id, outcome: 'resolved' as const }] }];
        expect(rankOf(more, id)).toBeLessThanOrEqual(rankOf(list, id));
      }),
    );
  });

  it('turning a failure into a success never lowers the rank', () => {
    fc.assert(
      fc.property(incidents, fc.constantFrom(...SOLUTIONS), (list, id) => {
        const failing = [...list, { date: DATES[1]!, attempts: [{ solution: id, outcome: 'failed' as const }] }];
        const resolving = [...list, { date: DATES[1]!, attempts: [{ solution: id, outcome: 'resolved' as const }] }];
        expect(rankOf(resolving, id)).toBeLessThanOrEqual(rankOf(failing, id));
      }),
    );
  });

  it('an attempt one half-life old weighs 0.5, two half-lives 0.25', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (halfLife) => {
        expect(attemptWeight(0, halfLife)).toBe(1);
        expect(attemptWeight(halfLife, halfLife)).toBeCloseTo(0.5, 12);
        expect(attemptWeight(2 * halfLife, halfLife)).toBeCloseTo(0.25, 12);
      }),
    );
  });

  it('the cautious rate grows with successes and stays in 0..1', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 50, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }), (a, b) => {
        const trials = Math.max(a, b);
        const successes = Math.min(a, b);
        const rate = cautiousSuccessRate(successes, trials);
        expect(rate).toBeGreaterThanOrEqual(0);
        expect(rate).toBeLessThanOrEqual(1);
        expect(cautiousSuccessRate(successes + 1, trials + 1)).toBeGreaterThanOrEqual(rate - 1e-12);
      }),
    );
  });
});
