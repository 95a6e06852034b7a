/**
 * The search page's budgets, on the built sample site: its own JavaScript (every script the page
 * loads and their static imports, before the index and pagefind) under 60 KB gzip, and the index
 * fetched once however many queries are typed. Keystroke latency with 1,000 runbooks is measured
 * by `npm run bench:browser`, not here: a timed test would be flaky.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.ts';

const SITE = path.resolve(import.meta.dirname, '.artifacts/dist-ja');
const BUDGET = 60 * 1024;
const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Site paths of the scripts an HTML page loads (`<script src>`) and the modules its inline scripts import. */
function pageScripts(html: string): { files: string[]; inline: string[] } {
  const files = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  return { files, inline };
}

/** Static imports of a module (`import{x}from"./a.js"`, `import"./b.js"`); dynamic import() is left out. */
function staticImports(code: string): string[] {
  return [...code.matchAll(/\bimport\s*(?:[\w{},*\s$]+?\s*from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);
}

async function closure(start: string[], inline: string[]): Promise<Map<string, string>> {
  const seen = new Map<string, string>();
  const queue = [...start, ...inline.flatMap((code) => staticImports(code).map((spec) => new URL(spec, 'http://x/search/').pathname))];
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    const code = await readFile(path.join(SITE, url), 'utf8');
    seen.set(url, code);
    for (const spec of staticImports(code)) queue.push(new URL(spec, `http://x${url}`).pathname);
  }
  return seen;
}

describe('search page budgets', () => {
  it('loads under 60 KB gzip of its own JavaScript before the index', async () => {
    const html = await readFile(path.join(SITE, 'search/index.html'), 'utf8');
    const { files, inline } = pageScripts(html);
    const modules = await closure(files, inline);
    expect([...modules.keys()].some((url) => url.includes('search'))).toBe(true);
    const gzip = [...modules.values(), ...inline].reduce((sum, code) => sum + gzipSync(code).length, 0);
    console.log(`search page JavaScript: ${(gzip / 1024).toFixed(1)} KB gzip in ${modules.size} module(s) + ${inline.length} inline`);
    expect(gzip).toBeLessThan(BUDGET);
    // The index and pagefind are not part of it: they are fetched at run time.
    for (const code of modules.values()) expect(code).not.toContain('"terms":[');
  });

  it('reads the index manifest once, however many queries are typed', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${base}/search/`);
    await page.waitForLoadState('networkidle');
    // The worker may read the small manifest as the page opens, so the first keystroke waits for shards only.
    expect(requests.filter((p) => p === '/fixpath-index/manifest.json').length).toBeLessThanOrEqual(1);
    const box = page.locator('[data-search-input]');
    for (const query of ['Too many connections', 'ENOSPC', '接続数が上限', 'nginx 502']) {
      await box.fill('');
      await box.pressSequentially(query, { delay: 5 });
      await expect.poll(() => page.locator('[data-testid="search-results"] > li').count()).toBeGreaterThan(0);
    }
    expect(requests.filter((p) => p === '/fixpath-index/manifest.json')).toHaveLength(1);
    await page.close();
  });
});
