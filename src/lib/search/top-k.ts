/** Partial sorting: the best few of many, without sorting them all. */

/**
 * The k first items in `order`, sorted: one pass that keeps a sorted array of at most k, so a few
 * thousand candidates cost about one comparison each instead of a full sort.
 */
export function topK<T>(items: readonly T[], k: number, order: (a: T, b: T) => number): T[] {
  const kept: T[] = [];
  if (k < 1) return kept;
  for (const item of items) {
    if (kept.length === k && order(item, kept[k - 1]!) >= 0) continue;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order(item, kept[mid]!) < 0) hi = mid;
      else lo = mid + 1;
    }
    kept.splice(lo, 0, item);
    if (kept.length > k) kept.pop();
  }
  return kept;
}
