/**
 * `npm run bench:browser [-- --sizes 1000,10000 --cold 8]`: each engine's page in headless
 * Chromium (Debian's, via playwright-core), served gzipped by bench/serve.ts, at each size, in
 * one run. Per engine and size:
 * - cold first result: a fresh browser context (empty cache) opens the engine's page with `?q=`;
 *   the time from navigation start to the first screen of results shown, and the bytes
 *   (CDP Network.loadingFinished encodedDataLength: gzip body plus headers) and requests that
 *   finished before it; on emulated slow 4G (CDP Network.emulateNetworkConditions: 150 ms round
 *   trip, 1.6 Mbps down, 750 kbps up) and unthrottled; `--cold` queries (exact error lines, short
 *   phrases, Japanese phrases, 40-line logs, in turn), fewer when a cell exceeds `--budget` s;
 * - warm query time: later queries on the same page (unthrottled), search to first screen shown;
 * - main-thread long tasks (PerformanceObserver 'longtask') while typing two queries key by key
 *   and after pasting a 1 MB log.
 * Ratios are against pagefind, on the p50 (or the longest task).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { percentile } from '../src/lib/stats/percentile.ts';
import { launchChromium } from '../tests/e2e/browser.ts';
import { BASELINE, ENGINES, ensureBuilt, headCommit, type Engine } from './builds.ts';
import { bundlePage } from './bundle.ts';
import { benchRoot, corpus } from './corpus.ts';
import { generateQueries } from './generate.ts';
import type { BenchWindow } from './page/harness.ts';
import { serve, type Server } from './serve.ts';
import { kb, ms, parseSizes, rows, table, type Metric } from './table.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    cold: { type: 'string', default: '8' },
    warm: { type: 'string', default: '40' },
    budget: { type: 'string', default: '150' },
  },
});
const sizes = parseSizes(values.sizes);
const COLD = Number(values.cold);
const WARM = Number(values.warm);
const BUDGET_MS = Number(values.budget) * 1000;
/** A search (cold or typed) that has not shown results after this long counts as failed. */
const SEARCH_TIMEOUT_MS = 180_000;
/** The 1 MB paste's results may take longer; past this the paste shows as not answered. */
const PASTE_TIMEOUT_MS = 60_000;
const KEY_DELAY = 80;
const LONG_TASK_MS = 50;

const NETWORKS = {
  'slow 4G': { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 },
  unthrottled: undefined,
} as const;
type Network = keyof typeof NETWORKS;

const queries = generateQueries();
const SETS = [queries.exact, queries.phrase, queries.japanese, queries.log];
/** The i-th query of a mix of exact error lines, short phrases, Japanese phrases and 40-line logs, in turn, from `from` on. */
const mixed = (i: number, from: number) => {
  const set = SETS[i % SETS.length]!;
  return set[(from + Math.floor(i / SETS.length)) % set.length]!;
};
const coldQueries = Array.from({ length: COLD }, (_, i) => mixed(i, 0));
/** Warm queries come from the second half of each set: none is a cold query again. */
const warmQueries = Array.from({ length: WARM }, (_, i) => mixed(i, 10));
const typedQueries = [queries.phrase[150]!, queries.exact[150]!.slice(0, 40)];
/** A 1 MB paste: 40-line logs one after another. */
const paste = (() => {
  let text = '';
  for (let i = 0; text.length < 1024 * 1024; i++) text += `${queries.log[i % queries.log.length]}\n`;
  return text.slice(0, 1024 * 1024);
})();

interface Cold {
  ms: number;
  bytes: number;
  requests: number;
  /** Requests the server answered before the first result: a check on what CDP saw. */
  served: number;
}

interface Result {
  engine: Engine | 'none';
  cold: Partial<Record<Network, Cold[]>>;
  warm: number[];
  typing: number[];
  pasted: number[];
  pasteMs?: number;
  errors: string[];
}

/**
 * Network emulation and byte counting on a page and on the workers it starts (pagefind loads its
 * index in a worker, fixpath's sharded client searches in one): a page's CDP session sees only
 * the page's own requests, so each worker is attached (paused at start until it is throttled too)
 * and its events read through the page's session.
 */
async function watchNetwork(context: BrowserContext, page: Page, network: Network) {
  const cdp = await context.newCDPSession(page);
  const finished: { at: number; bytes: number }[] = [];
  const conditions = NETWORKS[network];
  let offset: number | undefined;
  let next = 1;
  cdp.on('Network.requestWillBeSent', (e) => (offset ??= e.wallTime * 1000 - e.timestamp * 1000));
  cdp.on('Network.loadingFinished', (e) => finished.push({ at: e.timestamp * 1000, bytes: e.encodedDataLength }));
  cdp.on('Target.attachedToTarget', async ({ sessionId }) => {
    const send = (method: string, params = {}) =>
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: next++, method, params }) }).catch(() => undefined);
    await send('Network.enable');
    if (conditions) await send('Network.emulateNetworkConditions', conditions);
    await send('Runtime.runIfWaitingForDebugger');
  });
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const event = JSON.parse(message) as { method?: string; params?: { timestamp: number; encodedDataLength: number } };
    if (event.method === 'Network.loadingFinished') finished.push({ at: event.params!.timestamp * 1000, bytes: event.params!.encodedDataLength });
  });
  await cdp.send('Network.enable');
  if (conditions) await cdp.send('Network.emulateNetworkConditions', conditions);
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
  /** What finished loading up to `wall` (ms since the epoch): CDP's clock is monotonic, mapped through the first request's wall time. */
  return (wall: number) => finished.filter((f) => f.at + (offset ?? 0) <= wall + 1);
}

async function coldRun(context: BrowserContext, server: Server, network: Network, query: string): Promise<Cold> {
  const page = await context.newPage();
  const finishedBy = await watchNetwork(context, page, network);
  const served = server.log.length;
  await page.goto(`${server.url}/bench.html?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => (window as unknown as BenchWindow).bench?.cold, undefined, { timeout: SEARCH_TIMEOUT_MS, polling: 20 });
  const { cold, origin } = await page.evaluate(() => ({ cold: (window as unknown as BenchWindow).bench.cold!, origin: performance.timeOrigin }));
  if (cold.error) throw new Error(cold.error);
  const shownAt = origin + cold.shown;
  const before = finishedBy(shownAt);
  await page.close();
  return {
    ms: cold.shown,
    bytes: before.reduce((sum, f) => sum + f.bytes, 0),
    requests: before.length,
    served: server.log.slice(served).filter((s) => s.at <= shownAt + 1).length,
  };
}

/** Wait until every search the text box started has shown its results. */
async function settled(page: Page, timeout = SEARCH_TIMEOUT_MS): Promise<void> {
  await page.waitForFunction(() => {
    const { typed } = (window as unknown as BenchWindow).bench;
    return typed.started > 0 && typed.started === typed.shown;
  }, undefined, { timeout, polling: 50 });
}

async function measureCold(browser: Browser, server: Server, result: Result): Promise<void> {
  for (const network of Object.keys(NETWORKS) as Network[]) {
    const runs: Cold[] = [];
    const started = Date.now();
    for (const query of coldQueries) {
      const context = await browser.newContext();
      try {
        runs.push(await coldRun(context, server, network, query));
      } catch (error) {
        result.errors.push(`${network} cold "${query.slice(0, 40)}": ${(error as Error).message.split('\n')[0]}`);
      } finally {
        await context.close();
      }
      if (Date.now() - started > BUDGET_MS) break;
    }
    result.cold[network] = runs;
  }
}

/** Warm queries, then long tasks while typing and after a 1 MB paste, on one page (unthrottled). */
async function measureInteractive(browser: Browser, server: Server, result: Result, warm: boolean): Promise<void> {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await context.newPage();
  await page.goto(`${server.url}/bench.html?q=${encodeURIComponent(coldQueries[0]!)}`);
  await page.waitForFunction(() => (window as unknown as BenchWindow).bench?.cold, undefined, { timeout: SEARCH_TIMEOUT_MS });
  for (const query of warm ? warmQueries : []) {
    result.warm.push(await page.evaluate((q) => (window as unknown as BenchWindow).bench.search(q).then((r) => r.ms), query));
  }
  const box = page.locator('textarea');
  await box.focus();
  await page.evaluate(() => (window as unknown as BenchWindow).bench.longTasks());
  for (const query of typedQueries) {
    await box.fill('');
    await box.pressSequentially(query, { delay: KEY_DELAY });
    await settled(page);
  }
  result.typing = await page.evaluate(() => (window as unknown as BenchWindow).bench.longTasks());
  await box.fill('');
  await page.evaluate((text) => navigator.clipboard.writeText(text), paste);
  await page.waitForTimeout(200);
  await page.evaluate(() => (window as unknown as BenchWindow).bench.longTasks());
  const pasted = Date.now();
  await page.keyboard.press('Control+V');
  try {
    await settled(page, PASTE_TIMEOUT_MS);
    result.pasteMs = Date.now() - pasted;
  } catch {
    result.errors.push(`1 MB paste: no results after ${PASTE_TIMEOUT_MS / 1000} s (long tasks counted up to then)`);
  }
  await page.waitForTimeout(200);
  result.pasted = await page.evaluate(() => (window as unknown as BenchWindow).bench.longTasks());
  await context.close();
}

/** Serve `roots` and run `body` with a fresh browser; both are closed whatever happens. */
async function withPage<T>(roots: string[], body: (browser: Browser, server: Server) => Promise<T>): Promise<T> {
  const server = await serve(roots);
  const browser = await launchChromium();
  try {
    return await body(browser, server);
  } finally {
    await browser.close();
    await server.close();
  }
}

const p = (values: number[] | undefined, q: number) => (values?.length ? percentile(values, q) : undefined);
const spread = (values: number[] | undefined, format: (x: number | undefined) => string) =>
  values?.length ? `${format(p(values, 50))} / ${format(p(values, 95))}${values.length < COLD ? ` (n=${values.length})` : ''}` : '-';
const coldOf = (r: Result, network: Network, key: keyof Cold) => r.cold[network]?.map((c) => c[key]);
const longest = (tasks: number[]) => (tasks.length ? Math.max(...tasks) : 0);
const tasks = (list: number[]) => `${ms(longest(list))} (${list.filter((t) => t > LONG_TASK_MS).length} over ${LONG_TASK_MS} ms)`;

const METRICS: Metric<Result>[] = [
  ['bytes before first result p50 / p95', (r) => spread(coldOf(r, 'unthrottled', 'bytes'), kb), (r) => p(coldOf(r, 'unthrottled', 'bytes'), 50)],
  ['requests before first result p50 / p95', (r) => spread(coldOf(r, 'unthrottled', 'requests'), (x) => String(x ?? '-')), (r) => p(coldOf(r, 'unthrottled', 'requests'), 50)],
  ['cold first result, slow 4G p50 / p95', (r) => spread(coldOf(r, 'slow 4G', 'ms'), ms), (r) => p(coldOf(r, 'slow 4G', 'ms'), 50)],
  ['cold first result, unthrottled p50 / p95', (r) => spread(coldOf(r, 'unthrottled', 'ms'), ms), (r) => p(coldOf(r, 'unthrottled', 'ms'), 50)],
  ['warm query p50 / p95', (r) => spread(r.warm, ms), (r) => p(r.warm, 50)],
  ['longest task typing (tasks > 50 ms)', (r) => tasks(r.typing), (r) => longest(r.typing)],
  ['longest task 1 MB paste (tasks > 50 ms)', (r) => tasks(r.pasted), (r) => longest(r.pasted)],
  ['1 MB paste to results shown', (r) => ms(r.pasteMs), (r) => r.pasteMs],
];

console.log(`browser benchmark: fixpath ${headCommit()}, Chromium (Debian) headless; first screen: fixpath 12 results, pagefind and MiniSearch 10`);
console.log(`cold: ${COLD} queries per network (fewer past ${BUDGET_MS / 1000} s per cell); warm: ${WARM} queries; typing: ${typedQueries.length} queries at ${KEY_DELAY} ms per key`);
console.log('ratios: engine / pagefind on the p50 (below 1x: fewer bytes, faster than pagefind)');
// The control: the same page with no engine, so the browser's own long tasks (a 1 MB paste into
// a textarea) are not blamed on an engine.
const control: Result = { engine: 'none', cold: {}, warm: [], typing: [], pasted: [], errors: [] };
const controlPage = path.join(benchRoot(), 'page-none');
await bundlePage('none', controlPage);
await withPage([controlPage], (browser, server) => measureInteractive(browser, server, control, false));
console.log(`control (same page, no engine): longest task typing ${tasks(control.typing)}, after the 1 MB paste ${tasks(control.pasted)}`);

for (const size of sizes) {
  const docs = await corpus(size);
  const results: Result[] = [];
  for (const engine of ENGINES) {
    process.stderr.write(`bench: ${engine} over ${size} runbooks in Chromium…\n`);
    const site = await ensureBuilt(docs, engine);
    const harness = path.join(docs.dir, `page-${engine}`);
    await bundlePage(engine, harness);
    const result: Result = { engine, cold: {}, warm: [], typing: [], pasted: [], errors: [] };
    await withPage([harness, site], async (browser, server) => {
      await measureCold(browser, server, result);
      await measureInteractive(browser, server, result, true);
    });
    const mismatch = result.cold.unthrottled?.find((c) => c.served !== c.requests);
    if (mismatch) result.errors.push(`CDP saw ${mismatch.requests} requests before the first result, the server answered ${mismatch.served}`);
    results.push(result);
  }
  console.log(`\n${size.toLocaleString('en-US')} runbooks\n${table(rows(results, METRICS, BASELINE))}`);
  for (const r of results) for (const error of r.errors) console.log(`  ${r.engine}: ${error}`);
}
