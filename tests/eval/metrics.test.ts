import { describe, expect, it } from 'vitest';
import { firstHit, recallAt, reciprocalRank, summarise } from './metrics.ts';

describe('evaluation metrics', () => {
  const second = { ranked: ['a', 'b', 'c'], expect: ['b'] };
  const missing = { ranked: ['a', 'b', 'c'], expect: ['z'] };

  it('reciprocal rank is 1 / position of the first right answer', () => {
    expect(firstHit(second, 10)).toBe(2);
    expect(reciprocalRank(second)).toBe(0.5);
    expect(reciprocalRank({ ranked: ['x', 'b', 'a'], expect: ['a', 'b'] })).toBe(0.5);
    expect(reciprocalRank(missing)).toBe(0);
  });

  it('counts only answers inside the cut-off', () => {
    const eleventh = { ranked: [...'abcdefghij'.split(''), 'k'], expect: ['k'] };
    expect(reciprocalRank(eleventh, 10)).toBe(0);
    expect(reciprocalRank(eleventh, 11)).toBeCloseTo(1 / 11);
  });

  it('caps recall by the number of answers', () => {
    expect(recallAt(second, 1)).toBe(0);
    expect(recallAt(second, 3)).toBe(1);
    const vague = { ranked: ['a', 'x', 'b', 'c'], expect: ['a', 'b', 'c'] };
    expect(recallAt(vague, 1)).toBe(1);
    expect(recallAt(vague, 3)).toBeCloseTo(2 / 3);
  });

  it('does not count a duplicated id twice', () => {
    expect(recallAt({ ranked: ['a', 'a', 'a'], expect: ['a', 'b'] }, 3)).toBe(0.5);
  });

  it('scores a query with no right answer 1 when nothing is offered as an answer', () => {
    expect(reciprocalRank({ ranked: [], expect: [] })).toBe(1);
    expect(reciprocalRank({ ranked: ['a', 'b'], expect: [], weak: [true, true] })).toBe(1);
    expect(reciprocalRank({ ranked: ['a', 'b'], expect: [], weak: [false, true] })).toBe(0);
    expect(reciprocalRank({ ranked: ['a'], expect: [] })).toBe(0);
    expect(recallAt({ ranked: ['a'], expect: [], weak: [true] }, 3)).toBe(1);
    expect(recallAt({ ranked: ['a'], expect: [] }, 1)).toBe(0);
  });

  it('averages over queries', () => {
    expect(summarise([second, missing, { ranked: ['a'], expect: ['a'] }])).toEqual({
      queries: 3,
      mrr10: 0.5,
      recall1: 1 / 3,
      recall3: 2 / 3,
    });
    expect(summarise([])).toEqual({ queries: 0, mrr10: 0, recall1: 0, recall3: 0 });
  });
});
