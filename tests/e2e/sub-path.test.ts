/**
 * The sample site deployed under `/kb/` with a `site`, as the GitHub Pages workflow builds it: a
 * reader clicks through home, search, a runbook, an incident, a learning path and the stats, and
 * not one request leaves the base or fails. Then the files that need the site's address: canonical
 * links, sitemap.xml, robots.txt and the feeds.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadContent } from '../../src/node/content.ts';
import { recentIncidents } from '../../src/lib/incidents/recent.ts';
import type { KnowledgeBase } from '../../src/lib/content/model.ts';
import { launchChromium } from './browser.ts';
import { KB_SITE } from './global-setup.ts';

const kbUrl = inject('baseUrlKb'); // http://127.0.0.1:<port>/kb
const origin = new URL(kbUrl).origin;
let browser: Browser;
let context: BrowserContext;
let kb: KnowledgeBase;
/** Every request that failed, answered 400+, or went to this server outside /kb/. */
const problems: string[] = [];

beforeAll(async () => {
  ({ kb } = await loadContent('content'));
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  context.on('requestfailed', (request) => problems.push(`failed ${request.url()} (${request.failure()?.errorText})`));
  context.on('response', (response) => {
    const url = response.url();
    if (response.status() >= 400) problems.push(`${response.status()} ${url}`);
    else if (url.startsWith(origin) && !url.startsWith(`${kbUrl}/`)) problems.push(`outside the base: ${url}`);
  });
});
afterAll(async () => {
  await browser?.close();
});

/** Same-server links of the page that do not start with the base. */
const linksOutsideBase = (page: Page) =>
  page.locator('a[href], link[href], script[src], img[src], form[action]').evaluateAll((els, base) =>
    els
      .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '')
      .filter((href) => href.startsWith('/') && !href.startsWith('//') && !href.startsWith(base)),
    '/kb/',
  );

async function arrive(page: Page, path: RegExp) {
  await page.waitForURL(path);
  await page.waitForLoadState('networkidle');
  expect(new URL(page.url()).pathname).toMatch(/^\/kb\//);
  expect(await linksOutsideBase(page), page.url()).toEqual([]);
}

describe('the sample site under /kb/', () => {
  it('clicks through home, search, a runbook, an incident, a path and the stats without a failed request', async () => {
    const page = await context.newPage();
    await page.goto(`${kbUrl}/`);
    await arrive(page, /\/kb\/$/);

    await page.locator('#home-search').fill('Too many connections');
    await page.locator('#home-search').press('Enter');
    await arrive(page, /\/kb\/search\/\?q=Too\+many\+connections/);
    await expect.poll(() => page.locator('[data-testid="search-results"] > li').count()).toBeGreaterThan(0);
    expect(await linksOutsideBase(page)).toEqual([]);
    // pagefind finds its bundle under the base and gives page addresses under it.
    // A string, so the test runner's transform leaves the browser's own import() alone.
    const fullText: string[] = await page.evaluate(`(async () => {
      const pagefind = await import('/kb/pagefind/pagefind.js');
      const found = await pagefind.search('connections');
      return Promise.all(found.results.slice(0, 3).map(async (r) => (await r.data()).url));
    })()`);
    expect(fullText.length).toBeGreaterThan(0);
    for (const url of fullText) expect(url).toMatch(/^\/kb\//);
    await page.locator('[data-testid="search-results"] > li a.result-title').first().click();
    await arrive(page, /\/kb\/runbooks\/[^/]+\/$/);

    await page.goto(`${kbUrl}/runbooks/mysql-too-many-connections/`);
    await arrive(page, /mysql-too-many-connections/);
    await page.locator('main a[href^="/kb/incidents/"]').first().click();
    await arrive(page, /\/kb\/incidents\/[^/]+\/$/);

    await page.locator('header.site-header a[href="/kb/paths/"]').click();
    await arrive(page, /\/kb\/paths\/$/);
    await page.locator('main a[href^="/kb/paths/"]').first().click();
    await arrive(page, /\/kb\/paths\/[^/]+\/$/);

    await page.locator('header.site-header a[href="/kb/stats/"]').click();
    await arrive(page, /\/kb\/stats\/$/);

    // An alert rule's runbook_url is a page under the base that links to its runbook.
    await page.goto(`${kbUrl}/alerts/MySQLTooManyConnections/`);
    await arrive(page, /\/kb\/alerts\/MySQLTooManyConnections\/$/);
    await page.locator('[data-alert-runbook]').click();
    await arrive(page, /\/kb\/runbooks\/mysql-too-many-connections\/$/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('answers an unknown address with the 404 page, searching the words below the base', async () => {
    const page = await browser.newPage();
    expect((await page.goto(`${kbUrl}/runbooks/mysql-too-many/`))?.status()).toBe(404);
    await expect.poll(() => page.locator('#not-found-search').inputValue()).toBe('mysql too many');
    await page.close();
  });
});

describe('the files that need the site address', () => {
  it('gives each page its canonical address under the site and the base', async () => {
    const page = await context.newPage();
    await page.goto(`${kbUrl}/runbooks/mysql-too-many-connections/`);
    const canonical = `${KB_SITE}/kb/runbooks/mysql-too-many-connections/`;
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(canonical);
    expect(await page.locator('meta[property="og:url"]').getAttribute('content')).toBe(canonical);
    expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').evaluateAll((els) => els.map((e) => e.getAttribute('href')))).toEqual([
      `${KB_SITE}/kb/feeds/incidents.xml`,
      `${KB_SITE}/kb/feeds/runbooks.xml`,
    ]);
    await page.close();
  });

  it('lists every entry in sitemap.xml, each address served, and names it in robots.txt', async () => {
    const sitemap = await (await fetch(`${kbUrl}/sitemap.xml`)).text();
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    for (const runbook of kb.runbooks) expect(locs).toContain(`${KB_SITE}/kb/runbooks/${runbook.id}/`);
    for (const incident of kb.incidents) expect(locs).toContain(`${KB_SITE}/kb/incidents/${incident.id}/`);
    for (const loc of locs) {
      expect(loc.startsWith(`${KB_SITE}/kb/`), loc).toBe(true);
      expect((await fetch(loc.replace(KB_SITE, origin))).status, loc).toBe(200);
    }
    expect(await (await fetch(`${kbUrl}/robots.txt`)).text()).toContain(`Sitemap: ${KB_SITE}/kb/sitemap.xml`);
  });

  it('serves the incident feed newest first and the runbook feed, their links all served', async () => {
    const response = await fetch(`${kbUrl}/feeds/incidents.xml`);
    expect(response.status).toBe(200);
    const incidents = await response.text();
    const links = (xml: string) => [...xml.matchAll(/<entry>[\s\S]*?<link rel="alternate" type="text\/html" href="([^"]+)"/g)].map((m) => m[1]!);
    const newest = recentIncidents(kb.incidents, kb.config.timezone).map((i) => `${KB_SITE}/kb/incidents/${i.id}/`);
    expect(links(incidents)).toEqual(newest);
    const runbooks = await (await fetch(`${kbUrl}/feeds/runbooks.xml`)).text();
    expect(links(runbooks).length).toBe(kb.runbooks.filter((r) => r.data.reviewed).length);
    for (const link of [...links(incidents), ...links(runbooks)]) expect((await fetch(link.replace(KB_SITE, origin))).status, link).toBe(200);
  });
});
