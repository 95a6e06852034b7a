import { describe, expect, it } from 'vitest';
import { percentile, spread } from '../../../src/lib/stats/percentile.ts';

describe('percentile (nearest rank: the value at rank ⌈p/100 × n⌉)', () => {
  it('returns an observed value, never an interpolation', () => {
    const values = [40, 105, 60, 45, 80, 60]; // sorted: 40 45 60 60 80 105
    expect(percentile(values, 50)).toBe(60); // rank ⌈0.5 × 6⌉ = 3 → 60
    expect(percentile(values, 90)).toBe(105); // rank ⌈0.9 × 6⌉ = ⌈5.4⌉ = 6 → 105
    expect(percentile(values, 80)).toBe(80); // rank ⌈4.8⌉ = 5 → 80
  });

  it('takes the lower middle value as the median of an even count', () => {
    expect(percentile([10, 20], 50)).toBe(10); // rank ⌈1⌉ = 1; linear interpolation would say 15
    expect(percentile([3, 1, 2], 50)).toBe(2); // rank ⌈1.5⌉ = 2
  });

  it('stays inside the data at the edges and is undefined for no data', () => {
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([5, 9], 1)).toBe(5); // rank ⌈0.02⌉ = 1
    expect(percentile([5, 9], 100)).toBe(9);
    expect(percentile([], 50)).toBeUndefined();
    expect(spread([])).toEqual({ count: 0, median: undefined, p90: undefined });
  });

  it('does not reorder the caller’s array', () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });
});
