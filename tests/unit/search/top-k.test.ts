import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topK } from '../../../src/lib/search/top-k.ts';

describe('topK', () => {
  it('gives what a full sort would give, cut at k', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.nat(30), (items, k) => {
        // Ties broken by position, as the callers do, so the order is total.
        const indexed = items.map((value, i) => ({ value, i }));
        const order = (a: (typeof indexed)[number], b: (typeof indexed)[number]) => b.value - a.value || a.i - b.i;
        expect(topK(indexed, k, order)).toEqual([...indexed].sort(order).slice(0, k));
      }),
    );
  });
});
