/** Inputs that hurt backtracking regexes, and a helper that measures how work grows with length. */

/** Units repeated into long lines: long runs of what addresses, paths, hex and words are made of. */
export const HOSTILE_UNITS = [
  'a', '1', '1.', 'a-', 'a1-', '-1', ':', '1:', 'a.', '/a', '\\a', 'f0', '0x', '::1', '_a', 'aB',
  '接', 'で', '<ip>', ' ', '\n', 'at x (y.js:1:2)\n', '2024-05-14T10:05:00Z ', 'pid ', '\u0301', '😀',
];

function medianTime(fn: () => void, runs = 3): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/**
 * Time on an input of 4n characters divided by the time on n: about 4 when linear, 16 when
 * quadratic. n is large enough (32 KB) for timer noise not to matter.
 */
export function growthRatio(make: (n: number) => string, fn: (s: string) => unknown, n = 32_768): number {
  const small = make(n);
  const large = make(4 * n);
  fn(small); // warm up the JIT
  return medianTime(() => fn(large)) / Math.max(medianTime(() => fn(small)), 0.05);
}
