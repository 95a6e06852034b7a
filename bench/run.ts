/**
 * `npm run bench`: fixpath's search against fuse.js and MiniSearch on 1,000 and 10,000 synthetic
 * runbooks (bench/generate.ts). Each engine runs in a child process (bench/measure.ts) so one
 * engine's garbage never counts against the next; figures are printed side by side with ratios.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ENGINES } from './engines.ts';

const SIZES = [1000, 10_000];
/** A child still running after this long is stopped; the sets it did not reach show as timed out. */
const CHILD_TIMEOUT_MS = 180_000;
const MEASURE = fileURLToPath(new URL('./measure.ts', import.meta.url));

interface Result {
  engine: string;
  size: number;
  buildMs: number;
  rawBytes: number;
  gzipBytes: number;
  latency: Partial<Record<'exact' | 'phrase' | 'log', { p50: number; p95: number; n: number }>>;
  heapRetainedMb: number;
  peakRssMb: number;
}

function measure(engine: string, size: number): Result {
  const child = spawnSync(process.execPath, ['--expose-gc', MEASURE, engine, String(size)], {
    encoding: 'utf8',
    timeout: CHILD_TIMEOUT_MS,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
  });
  const last = child.stdout.trim().split('\n').at(-1);
  if (!last) throw new Error(`bench: ${engine} on ${size} runbooks failed:\n${child.stderr}`);
  return JSON.parse(last) as Result;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(0));

/** The rows of one size's table: a metric per row, an engine per column. */
function rows(results: Result[]): string[][] {
  const lat = (set: keyof Result['latency']) => (r: Result) => {
    const l = r.latency[set];
    if (!l) return `timed out (>${CHILD_TIMEOUT_MS / 1000}s)`;
    return `${ms(l.p50)} / ${ms(l.p95)} ms${l.n < 20 ? ` (n=${l.n})` : ''}`;
  };
  const p50 = (set: keyof Result['latency']) => (r: Result) => r.latency[set]?.p50 ?? NaN;
  const metrics: [string, (r: Result) => string, (r: Result) => number][] = [
    ['index build', (r) => `${ms(r.buildMs)} ms`, (r) => r.buildMs],
    ['index size (raw)', (r) => kb(r.rawBytes), (r) => r.rawBytes],
    ['index size (gzip)', (r) => kb(r.gzipBytes), (r) => r.gzipBytes],
    ['exact error p50 / p95', lat('exact'), p50('exact')],
    ['short phrase p50 / p95', lat('phrase'), p50('phrase')],
    ['40-line log p50 / p95', lat('log'), p50('log')],
    ['heap retained', (r) => `${r.heapRetainedMb.toFixed(1)} MB`, (r) => r.heapRetainedMb],
    ['peak RSS', (r) => `${r.peakRssMb.toFixed(0)} MB`, (r) => r.peakRssMb],
  ];
  const [first, ...others] = results;
  const head = ['', ...results.map((r) => r.engine), ...others.map((o) => `${first!.engine} / ${o.engine}`)];
  const body = metrics.map(([label, show, value]) => [
    label,
    ...results.map(show),
    ...others.map((o) => {
      const ratio = value(first!) / value(o);
      return Number.isFinite(ratio) ? `${ratio.toFixed(2)}x` : '-';
    }),
  ]);
  return [head, ...body];
}

function table(cells: string[][]): string {
  const widths = cells[0]!.map((_, c) => Math.max(...cells.map((r) => r[c]!.length)));
  return cells.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('   ')).join('\n');
}

console.log('search benchmark (synthetic runbooks, seed 42; latency p50 / p95; ratios on p50)');
for (const size of SIZES) {
  const results = Object.keys(ENGINES).map((engine) => measure(engine, size));
  console.log(`\n${size.toLocaleString('en-US')} runbooks\n${table(rows(results))}`);
}
