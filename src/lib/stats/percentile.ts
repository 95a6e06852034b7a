/**
 * Percentiles by the nearest-rank method: the p-th percentile of n sorted values is the value at
 * rank ⌈p/100 × n⌉ (1-based). Every figure it gives is a time some incident actually took, so a
 * reader can find "the 90th percentile" in the list of incidents and check it by hand; with the
 * small samples a knowledge base holds, interpolating between two incidents would invent a time
 * nobody saw. The median of an even count is therefore the lower of the two middle values.
 */

/** The p-th percentile (0 < p ≤ 100) of `values` by nearest rank; undefined for no values. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1];
}

/** Count, median and 90th percentile of a set of durations in minutes. */
export interface Spread {
  count: number;
  /** Undefined when count is 0. */
  median: number | undefined;
  p90: number | undefined;
}

export function spread(values: readonly number[]): Spread {
  return { count: values.length, median: percentile(values, 50), p90: percentile(values, 90) };
}
