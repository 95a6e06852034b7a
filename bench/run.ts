/**
 * `npm run bench [-- --sizes 1000,10000,50000] [--samples N] [--latency]`: at each size of
 * synthetic runbooks (bench/generate.ts), the static index of fixpath (sharded) against pagefind
 * built over the same documents as HTML pages and MiniSearch: build time and peak memory, total
 * size, bytes and requests before the first result of a cold query (p50 / p95), warm query time,
 * with ratios against pagefind (bench/scale.ts, one child process per engine and size). With
 * --latency, also the in-memory query latency of fixpath, fuse.js and MiniSearch (bench/measure.ts).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ENGINES } from './engines.ts';
import { growthReport } from './growth.ts';

const argv = process.argv.slice(2);
const flag = (name: string) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? argv[at + 1] : undefined;
};
const SIZES = (flag('sizes') ?? '1000,10000').split(',').map(Number);
const SAMPLES = flag('samples') ?? '20';
const SCALE = fileURLToPath(new URL('./scale.ts', import.meta.url));
const SCALE_ENGINES = ['fixpath', 'pagefind', 'minisearch'];
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

interface Scale {
  engine: string;
  build: { cpuMs: number; wallMs: number };
  peakRssMb: number;
  total: { files: number; gzip: number };
  bytes: { p50: number; p95: number };
  requests: { p50: number; p95: number };
  warmMs?: { p50: number; p95: number };
  queries: number;
}

function scale(engine: string, size: number): Scale | undefined {
  const child = spawnSync(process.execPath, [SCALE, engine, String(size), SAMPLES], { encoding: 'utf8', timeout: 1_800_000, maxBuffer: 64 * 1024 * 1024 });
  const last = child.stdout.trim().split('\n').at(-1);
  if (last) return JSON.parse(last) as Scale;
  process.stderr.write(`bench: ${engine} at ${size} failed:\n${child.stderr}\n`);
  return undefined;
}

const pair = (v: { p50: number; p95: number } | undefined, format: (x: number) => string) => (v ? `${format(v.p50)} / ${format(v.p95)}` : '-');
const SCALE_METRICS: [string, (r: Scale) => string, (r: Scale) => number | undefined][] = [
  ['first result: bytes gzip p50 / p95', (r) => pair(r.bytes, kb), (r) => r.bytes.p50],
  ['first result: requests p50 / p95', (r) => pair(r.requests, String), (r) => r.requests.p50],
  ['warm query p50 / p95', (r) => pair(r.warmMs, ms), (r) => r.warmMs?.p50],
  ['index build CPU (this process)', (r) => ms(r.build.cpuMs), (r) => r.build.cpuMs],
  ['index build wall', (r) => ms(r.build.wallMs), (r) => r.build.wallMs],
  ['peak RSS (this process)', (r) => mb(0)(r.peakRssMb), (r) => r.peakRssMb],
  ['total index (gzip)', (r) => kb(r.total.gzip), (r) => r.total.gzip],
  ['index files', (r) => String(r.total.files), (r) => r.total.files],
];

console.log(`static index benchmark (synthetic runbooks, seed 42; ${SAMPLES} exact + ${SAMPLES} phrase + ${Math.ceil(Number(SAMPLES) / 2)} log queries, cold; ratios fixpath / pagefind on p50)`);
for (const size of SIZES) {
  const results = SCALE_ENGINES.map((engine) => scale(engine, size)).filter((r): r is Scale => r !== undefined);
  const pagefind = results.find((r) => r.engine === 'pagefind');
  const fixpath = results.find((r) => r.engine === 'fixpath');
  const head = ['', ...results.map((r) => r.engine), 'fixpath / pagefind'];
  const body = SCALE_METRICS.map(([label, show, value]) => [label, ...results.map(show), ratio(fixpath && value(fixpath), pagefind && value(pagefind))]);
  console.log(`\n${size.toLocaleString('en-US')} runbooks\n${table([head, ...body])}`);
}
console.log('(pagefind indexes in its own binary: its build CPU and RSS here are the Node side only; MiniSearch downloads its whole index before any result)');

if (argv.includes('--latency')) {
  console.log('\nin-memory search latency (latency p50 / p95; ratios on p50)');
  for (const size of SIZES) {
    const results = Object.keys(ENGINES).map((engine) => measure(engine, size));
    console.log(`\n${size.toLocaleString('en-US')} runbooks\n${table(rows(results))}`);
  }
}

console.log(`\ntext functions on hostile lines\n${growthReport()}`);
