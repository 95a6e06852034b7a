/**
 * The runbook page as someone paged at 3 a.m. meets it: the first screen says what to do, the
 * solutions follow the record `fixpath search --json` reports, "seen before" and related runbooks
 * show, the table of contents moves through the page, and copy works with or without clipboard
 * permission.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { KnowledgeBase } from '../../src/lib/content/model.ts';
import { SOLUTION_KINDS } from '../../src/lib/content/vocabulary.ts';
import { describeEvidence } from '../../src/lib/recommend/evidence.ts';
import { seenBeforeAll } from '../../src/lib/pages/seen-before.ts';
import { stepHref } from '../../src/lib/paths/navigation.ts';
import { rootRoutes } from '../../src/lib/routes.ts';
import { loadContent } from '../../src/node/content.ts';
import { consoleErrors, launchChromium } from './browser.ts';
import { fixpathSearchJson } from './cli.ts';

const MYSQL = 'mysql-too-many-connections';
const base = inject('baseUrl');
let browser: Browser;
let kb: KnowledgeBase;

beforeAll(async () => {
  ({ kb } = await loadContent('content'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(context: BrowserContext, id = MYSQL): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(`${base}/runbooks/${id}/`);
  expect(response?.status()).toBe(200);
  return page;
}

/** Whether the element is drawn entirely inside the viewport without scrolling. */
async function onFirstScreen(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.bottom <= innerHeight && scrollY === 0;
  });
}

describe('the MySQL 1040 runbook, first screen', () => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 812 }]) {
    it(`shows the best-proven first response with its record at ${viewport.width}x${viewport.height}`, async () => {
      const context = await browser.newContext({ viewport });
      const page = await open(context);
      const errors = consoleErrors(page);
      const cli = await fixpathSearchJson(kb.runbooks.find((r) => r.id === MYSQL)!.data.symptoms[0]!);
      const hit = cli.find((r) => r.id === MYSQL)!;
      const best = hit.recommendations.find((r) => r.kind === 'mitigation')!;
      const lead = page.locator('.first-response .solution.lead');
      expect(await lead.locator('.solution-title').innerText()).toBe(best.title);
      expect(await lead.locator('[data-evidence]').innerText()).toBe(describeEvidence(best, 'ja'));
      expect(await onFirstScreen(page, 'h1')).toBe(true);
      expect(await onFirstScreen(page, '.first-response .solution-title')).toBe(true);
      expect(await onFirstScreen(page, '.first-response [data-evidence]')).toBe(true);
      expect(await onFirstScreen(page, '.symptoms code')).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('every runbook page', () => {
  it('orders its solutions as fixpath search --json recommends them for its first symptom, and says "seen before" where incidents exist', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const seen = seenBeforeAll(kb);
    for (const runbook of kb.runbooks) {
      const page = await open(context, runbook.id);
      const hit = (await fixpathSearchJson(runbook.data.symptoms[0]!, '--limit', '60')).find((r) => r.type === 'runbook' && r.id === runbook.id);
      expect(hit, `${runbook.id} is found by its own first symptom`).toBeDefined();
      for (const kind of SOLUTION_KINDS) {
        const expected = hit!.recommendations.filter((r) => r.kind === kind).map((r) => r.solution.split('#')[1]);
        const shown = await page.locator(`.solution-group[data-kind="${kind}"] [data-solution]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-solution')));
        expect(shown, `${runbook.id} ${kind}`).toEqual(expected);
      }
      const count = seen.get(runbook.id)?.count;
      expect(await page.locator('[data-seen-before]').count(), runbook.id).toBe(count ? 1 : 0);
      if (count) expect(await page.locator('[data-seen-before]').getAttribute('data-seen-before')).toBe(String(count));
      await page.close();
    }
    await context.close();
  }, 300_000);
});

describe('moving through the MySQL runbook', () => {
  it('shows related runbooks, each a working link', async () => {
    const context = await browser.newContext();
    const page = await open(context);
    const related = page.locator('[data-related] a');
    expect(await related.count()).toBeGreaterThanOrEqual(3);
    await related.first().click();
    await page.waitForURL(/\/runbooks\/[^/]+\/$/);
    expect(page.url()).not.toContain(MYSQL);
    await context.close();
  });

  it('has a table of contents whose links reach their section and mark it current, and a way back to the top', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await open(context);
    const links = page.locator('[data-toc] a[data-toc-link]');
    expect(await links.count()).toBeGreaterThanOrEqual(8);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      await page.locator(`[data-toc] a[href="${href}"]`).click();
      const id = decodeURIComponent(href.slice(1));
      await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash.slice(1)))).toBe(id);
      // At the top of the screen, or on it when the page ends before the section can scroll that far.
      const [top, height] = await page.evaluate((target) => [document.getElementById(target)!.getBoundingClientRect().top, innerHeight], id);
      expect(top >= -1 && (top < 60 || top < height - 100), `${href} at ${top}`).toBe(true);
    }
    // Scrolled to the last section: that section is the current one.
    await expect.poll(() => page.locator('[data-toc] a[aria-current="true"]').count()).toBe(1);
    await page.locator('[data-toc] .to-top').click();
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
    await context.close();
  });

  it('opens the table of contents on a phone from a small menu, which closes after a jump', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
    const page = await open(context);
    const details = page.locator('[data-toc] details');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.locator('[data-toc] summary').click();
    await page.locator('[data-toc] a[href="#causes"]').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#causes');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await context.close();
  });

  it('shows the path bar at the top and the bottom when opened from a learning path', async () => {
    const path = kb.paths.find((p) => p.data.steps.some((s) => kb.runbooks.some((r) => r.id === s.entry)))!;
    const index = path.data.steps.findIndex((s) => kb.runbooks.some((r) => r.id === s.entry));
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}${stepHref(rootRoutes, 'runbook', path.data.steps[index]!.entry, path.id, index)}`);
    await expect.poll(() => page.locator('[data-path-bar]:visible').count()).toBe(2);
    await context.close();
  });
});

describe('copy buttons', () => {
  const blockButton = '.body .code-block button.copy';

  it('copy every code block of the body to the clipboard when it is allowed', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    const page = await open(context);
    const blocks = await page.locator('.body pre').count();
    expect(blocks).toBeGreaterThanOrEqual(5);
    expect(await page.locator(blockButton).count()).toBe(blocks);
    const button = page.locator(blockButton).first();
    await button.click();
    await expect.poll(() => button.innerText()).toBe('コピーしました');
    const text = await page.locator('.body pre').first().evaluate((pre) => pre.textContent);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    await context.close();
  });

  it('select the text instead when the clipboard is refused, and say so', async () => {
    const context = await browser.newContext();
    // Chromium lets a focused page write without asking: refuse it as a browser policy would.
    await context.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    const page = await open(context);
    const button = page.locator('.symptoms button.copy').first();
    await button.click();
    const symptom = kb.runbooks.find((r) => r.id === MYSQL)!.data.symptoms[0]!;
    await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe(symptom);
    await expect.poll(() => button.innerText()).toMatch(/^(コピーしました|選択しました: Ctrl\+C でコピー)$/);

    // Without the Clipboard API at all (an insecure origin has none).
    await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    const block = page.locator(blockButton).nth(1);
    await block.click();
    const text = await page.locator('.body pre').nth(1).evaluate((pre) => pre.textContent);
    await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe(text);
    await context.close();
  });
});
