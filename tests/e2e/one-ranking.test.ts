/**
 * One ranking everywhere: for the same query (and type filter) the search page and
 * `fixpath search --json` list the same entries in the same order, incidents folded under the
 * same runbooks.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { KnowledgeBase } from '../../src/lib/content/model.ts';
import { POOL } from '../../src/lib/search/present.ts';
import { loadContent } from '../../src/node/content.ts';
import { launchChromium } from './browser.ts';
import { fixpathSearchJson } from './cli.ts';

const base = inject('baseUrl');
let browser: Browser;
let page: Page;
let kb: KnowledgeBase;

beforeAll(async () => {
  ({ kb } = await loadContent('content'));
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1200, height: 900 } })).newPage();
});
afterAll(async () => {
  await browser?.close();
});

/** What the page lists: each top-level result with the incidents folded under it. */
async function pageList(query: string, type?: string): Promise<string[][]> {
  const params = new URLSearchParams({ q: query, ...(type ? { type } : {}) });
  await page.goto(`${base}/search/?${params}`);
  await expect.poll(() => page.locator('[data-status]').innerText()).toMatch(/\d+ 件/);
  return page.locator('[data-testid="search-results"] > li').evaluateAll((items) =>
    items.map((li) => [li.getAttribute('data-result-id')!, ...[...li.querySelectorAll('[data-folded-id]')].map((f) => f.getAttribute('data-folded-id')!)]),
  );
}

async function cliList(query: string, type?: string): Promise<string[][]> {
  const results = await fixpathSearchJson(query, '--limit', String(POOL), ...(type ? ['--type', type] : []));
  return results.map((r) => [r.id, ...(r.incidents ?? []).map((i) => i.id)]);
}

describe('the search page and fixpath search --json', () => {
  it('list the same entries in the same order for at least 20 queries', async () => {
    // Every runbook's first symptom (error texts, Japanese phrases), plus phrases and a log line.
    const queries = [
      ...kb.runbooks.map((r) => r.data.symptoms[0]!),
      'ERROR 1040 (HY000): Too many connections',
      '接続数が上限に達した',
      'No space left on device',
      '502 Bad Gateway',
      'Slack',
    ];
    expect(queries.length).toBeGreaterThanOrEqual(20);
    let folded = 0;
    for (const query of queries) {
      const cli = await cliList(query);
      expect(await pageList(query), query).toEqual(cli);
      folded += cli.filter((entry) => entry.length > 1).length;
    }
    // The comparison covers folding, not only flat lists.
    expect(folded).toBeGreaterThan(0);
  }, 300_000);

  it('agree with a type filter too', async () => {
    for (const type of ['runbook', 'incident']) {
      for (const query of ['Too many connections', 'ディスク', 'timeout']) {
        expect(await pageList(query, type), `${type}: ${query}`).toEqual(await cliList(query, type));
      }
    }
  }, 300_000);
});
