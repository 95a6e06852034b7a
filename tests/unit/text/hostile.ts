/** Inputs that hurt backtracking regexes, and a helper that measures how work grows with length. */

/** Units repeated into long lines: long runs of what addresses, paths, hex and words are made of. */
export const HOSTILE_UNITS = [
  'a', '1.', 'a1-', ':', '/a', 'f0', '_a', 'aB', '接', '<ip>', 'at x (y.js:1:2)\n', '10.0.0.1:80 pid ', '\u0301',
];

/** The fastest of a few timings of `repeat` calls: the minimum is the least disturbed by GC and other tests. */
function fastest(fn: () => void, repeat: number, runs = 3): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    for (let i = 0; i < repeat; i++) fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * Time on an input of 16n characters divided by the time on n: about 16 when linear, 256 when
 * quadratic. The gap is wide because a loaded machine blurs timings (ratios up to ~70 were seen for
 * plain NFKC on a busy two-core box); calls are
 * repeated until the small input takes 5 ms, so timer resolution does not count either.
 */
export function growthRatio(make: (n: number) => string, fn: (s: string) => unknown, n = 65_536): number {
  const small = make(n);
  const large = make(16 * n);
  let repeat = 1;
  while (fastest(() => fn(small), repeat, 1) < 5 && repeat < 64) repeat *= 2;
  return fastest(() => fn(large), repeat) / fastest(() => fn(small), repeat);
}
