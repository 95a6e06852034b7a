/**
 * How the text functions' time grows with the length of a hostile line: time on 16n characters
 * over time on n, per function, for each unit of tests/unit/text/hostile.ts. About 16 is linear,
 * about 256 quadratic. A wall-clock figure, so it lives here and not in the unit tests (which
 * prove linearity statically with a ReDoS analyser, tests/unit/text/redos.test.ts).
 */
import { performance } from 'node:perf_hooks';
import { queryLines } from '../src/lib/search/log-lines.ts';
import { maskVariables } from '../src/lib/text/mask.ts';
import { normalizeText } from '../src/lib/text/normalize.ts';
import { tokenize } from '../src/lib/text/tokenize.ts';
import { HOSTILE_UNITS } from '../tests/unit/text/hostile.ts';

const FUNCTIONS: Record<string, (text: string) => unknown> = { normalizeText, maskVariables, tokenize, queryLines };
const N = 32_768;

/** The fastest of a few timings of `repeat` calls: the minimum is the least disturbed by GC. */
function fastest(fn: () => void, repeat: number, runs = 3): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    for (let i = 0; i < repeat; i++) fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Time on 16n characters of `unit` over time on n; calls repeat until n takes 5 ms (timer resolution). */
export function growthRatio(unit: string, fn: (text: string) => unknown, n = N): number {
  const small = unit.repeat(Math.ceil(n / unit.length));
  const large = unit.repeat(Math.ceil((16 * n) / unit.length));
  let repeat = 1;
  while (fastest(() => fn(small), repeat, 1) < 5 && repeat < 64) repeat *= 2;
  return fastest(() => fn(large), repeat) / fastest(() => fn(small), repeat);
}

/** One line per function: its worst ratio (and the unit that gave it) and its median. */
export function growthReport(): string {
  const lines = Object.entries(FUNCTIONS).map(([name, fn]) => {
    const ratios = HOSTILE_UNITS.map((unit) => ({ unit, ratio: growthRatio(unit, fn) })).sort((a, b) => a.ratio - b.ratio);
    const worst = ratios.at(-1)!;
    const median = ratios[Math.floor(ratios.length / 2)]!;
    return `${name.padEnd(14)} worst ${worst.ratio.toFixed(1).padStart(5)} (${JSON.stringify(worst.unit)})   median ${median.ratio.toFixed(1)}`;
  });
  return `time on ${(16 * N).toLocaleString('en-US')} characters / on ${N.toLocaleString('en-US')} (16 linear, 256 quadratic), over ${HOSTILE_UNITS.length} hostile units\n${lines.join('\n')}`;
}
