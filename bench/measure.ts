/**
 * One engine, one corpus size, in its own process (started by bench/run.ts with --expose-gc), so
 * the peak memory is this engine's alone. Prints a JSON line after the build and after each query
 * set, each holding everything measured so far: when the parent stops a child that runs too long
 * (fuse.js on a 40-line log), the figures up to that point survive.
 */
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { ENGINES } from './engines.ts';
import { generateKnowledgeBase, generateQueries } from './generate.ts';

/** Stop a query set after this long; slow engines get fewer samples (shown as n=...). */
const BUDGET_MS = 10_000;
const WARMUP = 1;
const MB = 1024 * 1024;

const [name = '', sizeArg = ''] = process.argv.slice(2);
const factory = ENGINES[name];
const size = Number(sizeArg);
if (!factory || !Number.isInteger(size) || size <= 0) {
  console.error(`usage: node --expose-gc bench/measure.ts <${Object.keys(ENGINES).join('|')}> <runbooks>`);
  process.exit(2);
}
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const kb = generateKnowledgeBase(size);
const queries = generateQueries();
gc();
const heapBefore = process.memoryUsage().heapUsed;

const t0 = performance.now();
const engine = factory(kb);
const buildMs = performance.now() - t0;
gc();
const heapRetained = process.memoryUsage().heapUsed - heapBefore;

const json = engine.serialize();
const rawBytes = Buffer.byteLength(json);
const gzipBytes = gzipSync(json).length;

const latency: Record<string, { p50: number; p95: number; n: number }> = {};
const report = () =>
  console.log(
    JSON.stringify({
      engine: engine.name,
      size,
      buildMs,
      rawBytes,
      gzipBytes,
      latency,
      heapRetainedMb: heapRetained / MB,
      // resourceUsage().maxRSS is the process's high-water mark, in kilobytes.
      peakRssMb: (process.resourceUsage().maxRSS * 1024) / MB,
    }),
  );

report();
for (const [set, list] of Object.entries(queries)) {
  for (const q of list.slice(0, WARMUP)) engine.search(q, 10);
  const times: number[] = [];
  const started = performance.now();
  for (const q of list) {
    const t = performance.now();
    engine.search(q, 10);
    times.push(performance.now() - t);
    if (performance.now() - started > BUDGET_MS) break;
  }
  times.sort((a, b) => a - b);
  latency[set] = { p50: percentile(times, 50), p95: percentile(times, 95), n: times.length };
  report();
}
