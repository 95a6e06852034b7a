/**
 * One engine's index at one size, in its own process (started by bench/run.ts) so the peak
 * memory is this build's alone: build time (CPU and wall) and peak RSS, total index size, then
 * bytes and requests before the first result for cold queries (bench/first-result.ts), and the
 * warm query time. Prints one JSON line.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import { runShardedSearch } from '../src/lib/search-page/run-search.ts';
import { buildIndex } from '../src/lib/search/index-build.ts';
import { ShardedIndex } from '../src/lib/search/shards/read.ts';
import { shardIndex } from '../src/lib/search/shards/write.ts';
import { percentile } from '../src/lib/stats/percentile.ts';
import { writeIndexDir } from '../src/node/search-index.ts';
import { fixpathFirst, pagefindFirst, type FirstResult } from './first-result.ts';
import { generateKnowledgeBase, generateQueries } from './generate.ts';
import { buildPagefind } from './pages.ts';

const [engine = '', sizeArg = '', samplesArg = '20'] = process.argv.slice(2);
const size = Number(sizeArg);
const samples = Number(samplesArg);
const kb = generateKnowledgeBase(size);
const q = generateQueries();
const queries = [...q.exact.slice(0, samples), ...q.phrase.slice(0, samples), ...q.log.slice(0, Math.ceil(samples / 2))];
const dir = await mkdtemp(path.join(tmpdir(), `bench-${engine}-`));

async function dirSize(root: string): Promise<{ files: number; gzip: number }> {
  let files = 0;
  let gzip = 0;
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) continue;
    const data = await readFile(path.join(entry.parentPath, entry.name));
    files++;
    gzip += /\.(js|json|css)$/.test(entry.name) ? gzipSync(data).length : data.length;
  }
  return { files, gzip };
}

const summary = (list: FirstResult[], key: keyof FirstResult) => {
  const values = list.map((r) => r[key]);
  return { p50: percentile(values, 50)!, p95: percentile(values, 95)! };
};

const cpu0 = process.cpuUsage();
const wall0 = performance.now();
let first: FirstResult[] = [];
const warm: number[] = [];
let build = { cpuMs: 0, wallMs: 0 };
const built = () => ({ cpuMs: (process.cpuUsage(cpu0).user + process.cpuUsage(cpu0).system) / 1000, wallMs: performance.now() - wall0 });
try {
  if (engine === 'fixpath') {
    const stored = buildIndex(kb);
    const { files, manifest } = shardIndex(stored, { engine: 'bench', content: 'bench' });
    await writeIndexDir(dir, { files, manifest });
    build = built();
    for (const query of queries) first.push(await fixpathFirst(files, query));
    const index = await ShardedIndex.open(async (name) => JSON.parse(files.get(name)!));
    for (const query of queries) await runShardedSearch(index, { q: query, filters: {} }, 'ja');
    for (const query of queries) {
      const t = performance.now();
      await runShardedSearch(index, { q: query, filters: {} }, 'ja');
      warm.push(performance.now() - t);
    }
  } else if (engine === 'pagefind') {
    await buildPagefind(kb, dir);
    build = built();
    for (const query of queries) first.push(await pagefindFirst(dir, query));
  } else if (engine === 'minisearch') {
    const docs = kb.runbooks.map((r) => ({ id: r.id, title: r.data.title, text: [...r.data.symptoms, r.data.summary ?? '', r.body].join('\n') }));
    const mini = new MiniSearch({ fields: ['title', 'text'] });
    mini.addAll(docs);
    const json = JSON.stringify(mini);
    build = built();
    // The whole index before any result: one request.
    first = queries.map(() => ({ bytes: gzipSync(json).length, requests: 1, ms: 0 }));
    for (const query of queries) {
      const t = performance.now();
      mini.search(query.slice(0, 1000), { fuzzy: 0.2 });
      warm.push(performance.now() - t);
    }
    await writeFile(path.join(dir, 'index.json'), json);
  } else {
    throw new Error(`usage: node bench/scale.ts fixpath|pagefind|minisearch <runbooks> [samples]`);
  }
  const total = await dirSize(dir);
  console.log(
    JSON.stringify({
      engine,
      size,
      build,
      peakRssMb: (process.resourceUsage().maxRSS * 1024) / (1024 * 1024),
      total,
      bytes: summary(first, 'bytes'),
      requests: summary(first, 'requests'),
      warmMs: warm.length ? { p50: percentile(warm, 50)!, p95: percentile(warm, 95)! } : undefined,
      queries: queries.length,
    }),
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
