/**
 * What a reader meets beyond the entries, on the sample site (no `site` configured): the 404 page,
 * description and Open Graph tags, the glossary's jump bar, the printed page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { consoleErrors, launchChromium } from './browser.ts';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const meta = (page: Page, selector: string) => page.locator(selector).first().getAttribute('content');

describe('the 404 page', () => {
  it('answers 404 in the site frame, with a search for the address words and a way home', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const response = await page.goto(`${base}/runbooks/mysql-too-many/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('header.site-header .brand').count()).toBe(1);
    await expect.poll(() => page.locator('#not-found-search').inputValue()).toBe('mysql too many');
    expect(await meta(page, 'meta[name="robots"]')).toBe('noindex');
    // A phone-width page: nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.locator('#not-found-search').press('Enter');
    await page.waitForURL(/\/search\/\?q=mysql\+too\+many/);
    await page.goBack();
    await page.getByRole('link', { name: 'ホームへ' }).click();
    await page.waitForURL(`${base}/`);
    await page.close();
  });
});

describe('page descriptions and Open Graph', () => {
  it('describes every page type, from the summary where there is one; no canonical without a site', async () => {
    const page = await browser.newPage();
    for (const [path, type] of [
      ['/', 'website'],
      ['/runbooks/mysql-too-many-connections/', 'article'],
      ['/incidents/2021-02-06-lambda-rds-too-many-connections/', 'article'],
      ['/paths/', 'website'],
      ['/glossary/', 'website'],
      ['/stats/', 'website'],
    ] as const) {
      expect((await page.goto(`${base}${path}`))?.status(), path).toBe(200);
      const description = await meta(page, 'meta[name="description"]');
      expect(description, path).toBeTruthy();
      expect(await meta(page, 'meta[property="og:description"]'), path).toBe(description);
      expect(await meta(page, 'meta[property="og:type"]'), path).toBe(type);
      expect(await meta(page, 'meta[property="og:title"]'), path).toBeTruthy();
      expect(await page.locator('link[rel="canonical"], meta[property="og:url"]').count(), path).toBe(0);
    }
    await page.goto(`${base}/incidents/2021-02-06-lambda-rds-too-many-connections/`);
    expect(await meta(page, 'meta[name="description"]')).toMatch(/^\(1040, 'Too many connections'\) \/ API が 500/);
    expect((await page.goto(`${base}/sitemap.xml`))?.status()).toBe(404);
    await page.close();
  });
});

describe('the glossary', () => {
  it('lists terms in order under a jump bar whose links reach their group', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/glossary/`);
    const labels = await page.locator('.jump-bar a').allInnerTexts();
    expect(labels.length).toBeGreaterThan(5);
    expect(await page.locator('.glossary-section h2').allInnerTexts()).toEqual(labels);
    const terms = await page.locator('.glossary dt').allInnerTexts();
    expect(terms).toEqual([...terms].sort(new Intl.Collator('ja', { sensitivity: 'base', numeric: true }).compare));
    await page.locator('.jump-bar a', { hasText: 'T' }).click();
    expect(new URL(page.url()).hash).toBe('#initial-T');
    expect(await page.locator('#initial-T + dl dt').first().innerText()).toMatch(/^T/);
    await page.close();
  });
});

describe('a printed runbook', () => {
  it('has no site chrome or buttons, writes link targets out and keeps each solution together', async () => {
    const page = await browser.newPage();
    const errors = consoleErrors(page);
    await page.goto(`${base}/runbooks/mysql-too-many-connections/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['header.site-header', 'footer.site-footer', 'form[role="search"]', 'button']) {
      const shown = await page.locator(selector).evaluateAll((els) => els.filter((el) => getComputedStyle(el).display !== 'none').length);
      expect(shown, selector).toBe(0);
    }
    const after = await page.locator('main a[href^="/"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toMatch(/^" \(" attr\(href\) "\)"$|^" \(\/.*\)"$/);
    expect(await page.locator('.solution').first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
    expect(errors).toEqual([]);
    await page.close();
  });
});
