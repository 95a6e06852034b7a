/**
 * `npm run bench:browser [-- --sizes 1000,10000] [--samples N]`: the search page in headless
 * Chromium against pagefind over the same documents, cold (a new browser context per query, no
 * cache) on emulated slow 4G (150 ms round trip, 1.6 Mbps down, CDP Network.emulateNetworkConditions)
 * and unthrottled: time from the query to the first results (fixpath: the page's
 * `fixpath-first-result` mark after a paste event; pagefind: its bundle imported, search, and
 * data() of the first 12 results), bytes and requests on the wire; then the warm query time and
 * main-thread long tasks (PerformanceObserver 'longtask') while typing and on a 1 MB paste.
 * The site is built once (sample content, for the page and its worker); a static server on
 * 127.0.0.1 answers /fixpath-index/ and /pf/ with the generated runbooks' indexes, gzipped.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { buildIndex } from '../src/lib/search/index-build.ts';
import { shardIndex } from '../src/lib/search/shards/write.ts';
import { percentile } from '../src/lib/stats/percentile.ts';
import { launchChromium } from '../tests/e2e/browser.ts';
import { FIRST_SCREEN } from './first-result.ts';
import { generateKnowledgeBase, generateQueries } from './generate.ts';
import { buildPagefind } from './pages.ts';

const argv = process.argv.slice(2);
const flag = (name: string) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : undefined);
const SIZES = (flag('sizes') ?? '1000').split(',').map(Number);
const SAMPLES = Number(flag('samples') ?? '8');
const NETWORKS = {
  'slow 4G': { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
  unthrottled: { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 },
};
const root = path.resolve(import.meta.dirname, '..');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const PF_PAGE = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>pagefind</title></head><body><script>
window.firstResult = async (q, n) => { const pf = await import('/pf/pagefind.js'); await pf.options({ basePath: '/pf/' });
  const found = await pf.search(q); return Promise.all(found.results.slice(0, n).map((r) => r.data())); };
</script></body></html>`;

async function buildSite(): Promise<string> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'fixpath-bench-'));
  process.stderr.write(`building the site into ${outDir}…\n`);
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  return outDir;
}

function serve(site: string, index: Map<string, string>, pagefindDir: string): Promise<{ url: string; close: () => void }> {
  const gz = new Map<string, Buffer>();
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (data: Buffer, type: string, compress: boolean) => {
      const body = compress ? (gz.get(pathname) ?? gz.set(pathname, gzipSync(data)).get(pathname)!) : data;
      res.writeHead(200, { 'content-type': type, ...(compress ? { 'content-encoding': 'gzip' } : {}) }).end(body);
    };
    if (pathname.startsWith('/fixpath-index/')) {
      const text = index.get(pathname.slice('/fixpath-index/'.length));
      return text === undefined ? void res.writeHead(404).end() : send(Buffer.from(text), 'application/json', true);
    }
    if (pathname === '/pf.html') return send(Buffer.from(PF_PAGE), 'text/html', true);
    const file = pathname.startsWith('/pf/') ? path.join(pagefindDir, pathname.slice(4)) : path.join(site, pathname);
    const found = await stat(file).catch(() => undefined);
    const real = found?.isDirectory() ? path.join(file, 'index.html') : file;
    const data = await readFile(real).catch(() => undefined);
    if (!data) return void res.writeHead(404).end();
    const ext = path.extname(real);
    send(data, TYPES[ext] ?? 'application/octet-stream', ext in TYPES);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, close: () => server.close() })),
  );
}

interface Sample {
  ms: number;
  bytes: number;
  requests: number;
}

/** One cold query: a fresh context, the network emulated, bytes counted from the query on. */
async function cold(browser: Browser, base: string, engine: 'fixpath' | 'pagefind', network: keyof typeof NETWORKS, query: string): Promise<Sample> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.goto(`${base}${engine === 'fixpath' ? '/search/' : '/pf.html'}`, { waitUntil: 'load' });
  await cdp.send('Network.emulateNetworkConditions', NETWORKS[network]);
  let counting = true;
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
    if (!counting) return;
    bytes += event.encodedDataLength;
    requests++;
  });
  let ms: number;
  if (engine === 'fixpath') {
    ms = await page.evaluate(async (q) => {
      const box = document.querySelector<HTMLTextAreaElement>('[data-search-input]')!;
      const t0 = performance.now();
      box.value = q;
      box.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste' }));
      for (;;) {
        const mark = performance.getEntriesByName('fixpath-first-result')[0];
        if (mark) return mark.startTime - t0;
        await new Promise((r) => setTimeout(r, 5));
      }
    }, query);
  } else {
    ms = await page.evaluate(async ([q, n]) => {
      const t0 = performance.now();
      await (window as unknown as { firstResult: (q: string, n: number) => Promise<unknown> }).firstResult(q, n);
      return performance.now() - t0;
    }, [query, FIRST_SCREEN] as const);
  }
  counting = false;
  await context.close();
  return { ms, bytes, requests };
}

/** Warm query time and the longest main-thread tasks while typing and after a 1 MB paste (unthrottled). */
async function mainThread(browser: Browser, base: string, queries: string[]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/search/`);
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => w.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
  });
  const box = page.locator('[data-search-input]');
  const warm: number[] = [];
  for (const q of queries.slice(0, 10)) {
    warm.push(
      await page.evaluate(async (q) => {
        const box = document.querySelector<HTMLTextAreaElement>('[data-search-input]')!;
        performance.clearMarks('fixpath-first-result');
        const t0 = performance.now();
        box.value = q;
        box.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste' }));
        for (;;) {
          const mark = performance.getEntriesByName('fixpath-first-result')[0];
          if (mark) return mark.startTime - t0;
          await new Promise((r) => setTimeout(r, 2));
        }
      }, q),
    );
  }
  const taken = () => page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));
  await taken();
  for (const q of queries.slice(0, 4)) {
    await box.fill('');
    await box.pressSequentially(q.slice(0, 40), { delay: 90 });
  }
  await page.waitForTimeout(500);
  const typing = await taken();
  await box.fill('');
  await box.focus();
  // The paste event with 1 MB of log on the clipboard (tests/e2e/search-long-paste.test.ts).
  await page.evaluate(() => {
    const lines = ['2025-05-01T10:00:00Z ERROR connect ECONNREFUSED 10.1.2.3:5432'];
    for (let size = 0; size < 1_000_000; ) {
      const line = `2025-05-01T10:00:01Z INFO GET /v1/orders/${lines.length} 200 ${lines.length % 97}ms user=${lines.length * 7}`;
      lines.push(line);
      size += line.length + 1;
    }
    const data = new DataTransfer();
    data.setData('text/plain', lines.join('\n'));
    document.querySelector('[data-search-input]')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await page.waitForTimeout(1500);
  const paste = await taken();
  await context.close();
  return { warm, typing, paste };
}

const fmt = (values: number[], unit: (x: number) => string) => `${unit(percentile(values, 50)!)} / ${unit(percentile(values, 95)!)}`;
const ms = (x: number) => `${x.toFixed(0)} ms`;
const kb = (x: number) => `${(x / 1024).toFixed(0)} KB`;
const ratio = (a: number[], b: number[]) => `${Number((percentile(a, 50)! / percentile(b, 50)!).toPrecision(2))}x`;

const site = await buildSite();
const browser = await launchChromium();
const queries = generateQueries();
const picked = [...queries.exact.slice(0, Math.ceil(SAMPLES / 2)), ...queries.phrase.slice(0, Math.floor(SAMPLES / 2))];
try {
  for (const size of SIZES) {
    process.stderr.write(`${size} runbooks: building both indexes…\n`);
    const kbase = generateKnowledgeBase(size);
    const { files } = shardIndex(buildIndex(kbase), { engine: 'bench', content: 'bench' });
    const pagefindDir = await mkdtemp(path.join(tmpdir(), 'bench-pf-'));
    await buildPagefind(kbase, pagefindDir);
    const server = await serve(site, files, pagefindDir);
    try {
      console.log(`\n${size.toLocaleString('en-US')} runbooks, Chromium, cold (no cache), ${picked.length} queries; p50 / p95`);
      const rows: string[][] = [['', 'fixpath', 'pagefind', 'fixpath / pagefind']];
      for (const network of Object.keys(NETWORKS) as (keyof typeof NETWORKS)[]) {
        const results = { fixpath: [] as Sample[], pagefind: [] as Sample[] };
        for (const query of picked) for (const engine of ['fixpath', 'pagefind'] as const) results[engine].push(await cold(browser, server.url, engine, network, query));
        const col = (engine: 'fixpath' | 'pagefind', key: keyof Sample, unit: (x: number) => string) => fmt(results[engine].map((s) => s[key]), unit);
        const r = (key: keyof Sample) => ratio(results.fixpath.map((s) => s[key]), results.pagefind.map((s) => s[key]));
        rows.push([`${network}: first result`, col('fixpath', 'ms', ms), col('pagefind', 'ms', ms), r('ms')]);
        if (network === 'slow 4G') {
          rows.push(['bytes on the wire', col('fixpath', 'bytes', kb), col('pagefind', 'bytes', kb), r('bytes')]);
          rows.push(['requests', col('fixpath', 'requests', String), col('pagefind', 'requests', String), r('requests')]);
        }
      }
      const thread = await mainThread(browser, server.url, [...queries.exact.slice(20), ...queries.log]);
      rows.push(['warm query (page, worker)', fmt(thread.warm, ms), '', '']);
      rows.push(['longest main-thread task: typing', ms(Math.max(0, ...thread.typing)), '', '']);
      rows.push(['longest main-thread task: 1 MB paste', ms(Math.max(0, ...thread.paste)), '', '']);
      const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
      console.log(rows.map((row) => row.map((cell, c) => (c ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('   ')).join('\n'));
    } finally {
      server.close();
      await rm(pagefindDir, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
  await rm(site, { recursive: true, force: true });
}
