import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { consoleErrors, launchChromium } from './browser.ts';

// The UI language comes from `lang` in fixpath.config.yaml: the sample content is Japanese, the
// fixture tests/fixtures/site-en/content is English (timezone America/New_York).
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('UI language', () => {
  it('renders a Japanese site from a `lang: ja` config', async () => {
    const page = await browser.newPage();
    await page.goto(`${inject('baseUrl')}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    expect(await page.locator('.site-nav a').allInnerTexts()).toEqual(['カテゴリ', '用語集', '学習パス', '統計']);
    expect(await page.getByRole('button', { name: '検索' }).count()).toBe(1);
  });

  it('renders the same pages in English from a `lang: en` config, dates in its timezone', async () => {
    const base = inject('baseUrlEn');
    const page = await browser.newPage();
    const errors = consoleErrors(page);
    await page.goto(`${base}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('.site-nav a').allInnerTexts()).toEqual(['Categories', 'Glossary', 'Learning paths', 'Stats']);
    // The home page puts the search box before everything else in the main column.
    expect(await page.locator('main form[role="search"] input[name="q"]').count()).toBe(1);
    expect(await page.locator('main h2').allInnerTexts()).toEqual(['Categories', 'Recent incidents', 'Learning paths']);

    await page.goto(`${base}/runbooks/dns-lookup-fails/`);
    expect(await page.locator('.solution-group > h3').allInnerTexts()).toEqual(['First response', 'Fix', 'Prevention']);

    // 09:00 to 10:30 New York time on the day DST began (EDT, UTC-4).
    await page.goto(`${base}/incidents/2024-03-10-dns-outage/`);
    expect(await page.locator('[data-metric="duration"]').innerText()).toBe('1 h 30 min');
    expect(await page.locator('[data-metric="ttd"]').innerText()).toBe('12 min');
    expect(await page.locator('time').first().getAttribute('datetime')).toBe('2024-03-10T13:00:00.000Z');
    expect(await page.locator('time').first().innerText()).toBe('Mar 10, 2024, 09:00');
    expect(errors).toEqual([]);
  });
});
