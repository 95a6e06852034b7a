/** axe-core on one page of each kind of the sample site: no serious or critical violation, in light and dark. */
import axe from 'axe-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.ts';

const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const PAGES = [
  '/',
  `/search/?q=${encodeURIComponent('Too many connections')}`,
  '/runbooks/mysql-too-many-connections/',
  '/incidents/2026-05-08-golden-week-sale-too-many-connections/',
  '/stats/',
  '/paths/db-first-month/',
];

describe('axe-core', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds no serious or critical violation on home, search, a runbook, an incident, stats and a path (${colorScheme})`, async () => {
      // The site's CSP refuses inline scripts: axe-core is injected as one, so this context bypasses it.
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme, bypassCSP: true });
      for (const path of PAGES) {
        const page = await context.newPage();
        await page.goto(`${base}${path}`);
        if (path.startsWith('/search/')) await expect.poll(() => page.locator('[data-status]').innerText()).toMatch(/件/);
        await page.addScriptTag({ content: axe.source });
        const violations = await page.evaluate(async () => {
          const result = await (window as unknown as { axe: typeof axe }).axe.run(document);
          return result.violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        });
        expect(violations, path).toEqual([]);
        await page.close();
      }
      await context.close();
    });
  }
});
