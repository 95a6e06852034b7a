/**
 * `npm run bench [-- --sizes 1000,10000,50000]`: fixpath's index against pagefind's (built over
 * the same runbooks as HTML pages) and MiniSearch's, at each size, in one run: build time, CPU and
 * peak memory (each build in its own process, bench/builds.ts), index size on disk and gzipped,
 * and the `fixpath search` bin's wall time per call (on the sample content and at each size).
 * Ratios are against pagefind. Browser figures (bytes before the first result, cold and warm
 * query times, long tasks) come from `npm run bench:browser`.
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { percentile } from '../src/lib/stats/percentile.ts';
import { BASELINE, build, ENGINES, FIXPATH_BIN, headCommit, siteDir, timed, type Built } from './builds.ts';
import { benchRoot, corpus } from './corpus.ts';
import { generateQueries } from './generate.ts';
import { growthReport } from './growth.ts';
import { kb, mb, ms, parseSizes, rows, s, table, type Metric } from './table.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' }, growth: { type: 'boolean', default: false } } });
const sizes = parseSizes(values.sizes);
const repo = path.resolve(import.meta.dirname, '..');

const METRICS: Metric<Built>[] = [
  ['index build wall', (r) => s(r.wallS), (r) => r.wallS],
  ['index build CPU (user+sys)', (r) => s(r.cpuS), (r) => r.cpuS],
  ['index build peak RSS', (r) => mb(r.peakMb), (r) => r.peakMb],
  ['index files', (r) => String(r.files), (r) => r.files],
  ['index size on disk', (r) => kb(r.raw), (r) => r.raw],
  ['index size gzip', (r) => kb(r.gzip), (r) => r.gzip],
];

/** One query per kind, as a reader would run them; the log goes through stdin as `-`. */
function cliQueries(): { label: string; args: string[]; input?: string }[] {
  const q = generateQueries();
  return [
    { label: 'exact', args: [q.exact[0]!] },
    { label: 'phrase', args: [q.phrase[0]!] },
    { label: 'japanese', args: [q.japanese[0]!] },
    { label: 'log', args: ['-'], input: q.log[0]! },
    { label: 'exact', args: [q.exact[1]!] },
  ];
}

/** Wall and CPU time of `fixpath search` per call (the bin on Node 22, no npx), run from `cwd`. */
function cliSearch(cwd: string, content: string): string {
  const runs = cliQueries().map(({ args, input }) => timed([FIXPATH_BIN, 'search', '--content', content, ...args], cwd, input));
  const walls = runs.map((r) => r.wallS * 1000);
  const cpus = runs.map((r) => r.cpuS * 1000);
  return `wall p50 ${ms(percentile(walls, 50))} (max ${ms(Math.max(...walls))}), CPU p50 ${ms(percentile(cpus, 50))}, peak ${mb(Math.max(...runs.map((r) => r.peakMb)))} over ${runs.length} calls`;
}

console.log(`index benchmark: fixpath ${headCommit()}, pagefind and MiniSearch over the same synthetic runbooks (bench/generate.ts, seed 42)`);
console.log('ratios: engine / pagefind (below 1x: smaller or faster than pagefind)');

const sample = path.join(benchRoot(), 'sample');
await rm(sample, { recursive: true, force: true });
await mkdir(sample, { recursive: true });
const sampleIndex = timed([FIXPATH_BIN, 'index', '--content', path.join(repo, 'content')], sample);
console.log(`\nsample content (content/): fixpath index ${s(sampleIndex.wallS)} wall, ${s(sampleIndex.cpuS)} CPU, ${mb(sampleIndex.peakMb)}; fixpath search ${cliSearch(sample, path.join(repo, 'content'))}`);

for (const size of sizes) {
  const docs = await corpus(size);
  const results: Built[] = [];
  for (const engine of ENGINES) {
    process.stderr.write(`bench: building ${engine} over ${size} runbooks…\n`);
    results.push(await build(docs, engine));
  }
  console.log(`\n${size.toLocaleString('en-US')} runbooks\n${table(rows(results, METRICS, BASELINE))}`);
  console.log(`fixpath search (bin, index from fixpath index): ${cliSearch(path.dirname(siteDir(docs, 'fixpath')), docs.content)}`);
}

if (values.growth) console.log(`\ntext functions on hostile lines\n${growthReport()}`);
