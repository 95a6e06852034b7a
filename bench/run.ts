/**
 * `npm run bench`: fixpath's search against fuse.js and MiniSearch on 1,000 and 10,000 synthetic
 * runbooks (bench/generate.ts). Each engine runs in a child process (bench/measure.ts) so one
 * engine's garbage never counts against the next; figures are printed side by side with ratios.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ENGINES } from './engines.ts';
import { growthReport } from './growth.ts';

const SIZES = [1000, 10_000];
/** A child still running after this long is stopped; what it did not reach shows as timed out. */
const CHILD_TIMEOUT_MS = 300_000;
const TIMED_OUT = `timed out (>${CHILD_TIMEOUT_MS / 1000}s)`;
const MEASURE = fileURLToPath(new URL('./measure.ts', import.meta.url));

type QuerySet = 'exact' | 'phrase' | 'log';

/** What bench/measure.ts printed last; only `engine` when it was stopped before the build ended. */
interface Result {
  engine: string;
  buildMs?: number;
  rawBytes?: number;
  gzipBytes?: number;
  latency?: Partial<Record<QuerySet, { p50: number; p95: number; n: number }>>;
  heapRetainedMb?: number;
  peakRssMb?: number;
}

function measure(engine: string, size: number): Result {
  const child = spawnSync(process.execPath, ['--expose-gc', MEASURE, engine, String(size)], {
    encoding: 'utf8',
    timeout: CHILD_TIMEOUT_MS,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
  });
  const last = child.stdout.trim().split('\n').at(-1);
  if (last) return JSON.parse(last) as Result;
  if (child.error || child.signal) return { engine };
  throw new Error(`bench: ${engine} on ${size} runbooks failed:\n${child.stderr}`);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const ms = (x: number) => `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ms`;
const mb = (digits: number) => (x: number) => `${x.toFixed(digits)} MB`;

/** A figure as text, or why it is missing. */
const shown = (value: number | undefined, format: (x: number) => string) => (value === undefined ? TIMED_OUT : format(value));

function latency(set: QuerySet) {
  return (r: Result) => {
    const l = r.latency?.[set];
    if (!l) return TIMED_OUT;
    return `${ms(l.p50)} / ${ms(l.p95)}${l.n < 20 ? ` (n=${l.n})` : ''}`;
  };
}

type Metric = [label: string, show: (r: Result) => string, value: (r: Result) => number | undefined];

const METRICS: Metric[] = [
  ['index build', (r) => shown(r.buildMs, ms), (r) => r.buildMs],
  ['index size (raw)', (r) => shown(r.rawBytes, kb), (r) => r.rawBytes],
  ['index size (gzip)', (r) => shown(r.gzipBytes, kb), (r) => r.gzipBytes],
  ['exact error p50 / p95', latency('exact'), (r) => r.latency?.exact?.p50],
  ['short phrase p50 / p95', latency('phrase'), (r) => r.latency?.phrase?.p50],
  ['40-line log p50 / p95', latency('log'), (r) => r.latency?.log?.p50],
  ['heap retained', (r) => shown(r.heapRetainedMb, mb(1)), (r) => r.heapRetainedMb],
  ['peak RSS', (r) => shown(r.peakRssMb, mb(0)), (r) => r.peakRssMb],
];

/** `first / other` with two significant digits (0.0006x and 7.4x alike); '-' when one is missing. */
function ratio(a: number | undefined, b: number | undefined): string {
  if (a === undefined || b === undefined || !b) return '-';
  return `${Number((a / b).toPrecision(2))}x`;
}

/** The rows of one size's table: a metric per row, an engine per column, then the ratios. */
function rows(results: Result[]): string[][] {
  const [first, ...others] = results;
  const head = ['', ...results.map((r) => r.engine), ...others.map((o) => `${first!.engine} / ${o.engine}`)];
  const body = METRICS.map(([label, show, value]) => [
    label,
    ...results.map(show),
    ...others.map((o) => ratio(value(first!), value(o))),
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

console.log(`\ntext functions on hostile lines\n${growthReport()}`);
