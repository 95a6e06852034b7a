/**
 * A 1 MB log pasted into the search page: the page answers from the worker without a main-thread
 * task over 50 ms (PerformanceObserver 'longtask', from before the paste until results show),
 * says the paste was cut, and keeps only the start of the query in the URL.
 */
import { cpus, loadavg } from 'node:os';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MAX_SENT_LINES, MAX_URL_QUERY } from '../../src/lib/search-page/long-query.ts';
import { launchChromium } from './browser.ts';

const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('a 1 MB paste', () => {
  it('never blocks the main thread over 50 ms, shows results, says it was cut and keeps the URL short', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/search/`);
    await page.locator('[data-search-input]').focus();
    // The paste event the browser fires, with 1 MB of log on the clipboard: noise, and the error
    // the sample content knows on the first line. (A real clipboard round trip of 1 MB through
    // the test driver takes minutes on a busy machine.)
    await page.evaluate(() => {
      const lines = ['2025-05-01T10:00:00Z ERROR write failed: ENOSPC: no space left on device'];
      for (let i = 0, size = 0; size < 1_000_000; i++) {
        const line = `2025-05-01T10:00:${String(i % 60).padStart(2, '0')}Z INFO GET /v1/orders/${i} 200 ${i % 97}ms user=${i * 7}`;
        lines.push(line);
        size += line.length + 1;
      }
      (window as unknown as { log: string }).log = lines.join('\n');
    });
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => w.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
    });
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', (window as unknown as { log: string }).log);
      const box = document.querySelector('[data-search-input]')!;
      box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => page.locator('[data-testid="search-results"] > li').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="search-results"] > li').first().getAttribute('data-result-id')).toBe('disk-full');
    await expect.poll(() => page.locator('[data-paste-cut]').textContent()).toContain(String(MAX_SENT_LINES));
    expect(await page.locator('[data-paste-cut]').isVisible()).toBe(true);
    expect((new URL(page.url()).searchParams.get('q') ?? '').length).toBe(MAX_URL_QUERY);
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    const load = loadavg()[0]! / cpus().length;
    console.log(`1 MB paste: main-thread long tasks ${JSON.stringify(longTasks.map(Math.round))} ms (load ${load.toFixed(1)} per core)`);
    // A time budget means nothing on a saturated machine (every task waits for a core): checked
    // only when the machine has room; npm run bench:browser reports the figure either way.
    if (load < 1.5) expect(longTasks.filter((ms) => ms > 50)).toEqual([]);
    await context.close();
  }, 60_000);
});
