/**
 * A new hire's walk through a learning path: the paths page, the path's steps, next / previous on
 * the entry pages, two steps ticked, reload, "2 of N done" on the path page and on home; reset;
 * storage that is corrupted or refused; practice checklists; glossary links in entry bodies.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { KnowledgeBase, PathEntry } from '../../src/lib/content/model.ts';
import { loadContent } from '../../src/node/content.ts';
import { consoleErrors, launchChromium } from './browser.ts';

const PATH_ID = 'db-first-month';
const base = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
let kb: KnowledgeBase;
let path: PathEntry;

const title = (id: string) => (kb.runbooks.find((r) => r.id === id) ?? kb.incidents.find((i) => i.id === id))!.data.title;
const progressText = (done: number) => `${path.data.steps.length} ステップ中 ${done} 完了`;

beforeAll(async () => {
  kb = (await loadContent('content')).kb;
  path = kb.paths.find((p) => p.id === PATH_ID)!;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  await context?.close();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } }); // fresh storage per test
});

async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = consoleErrors(page);
  const response = await page.goto(`${base}${url}`);
  expect(response?.status()).toBe(200);
  return { page, errors };
}

describe('following a learning path', () => {
  it('goes from the paths page through the steps with next and previous, and keeps ticks across reloads', async () => {
    const { page, errors } = await open('/paths/');
    await page.getByRole('link', { name: path.data.title }).click();
    await page.waitForURL(`${base}/paths/${PATH_ID}/`);

    const steps = page.locator('.path-step');
    expect(await steps.count()).toBe(path.data.steps.length);
    expect(await steps.locator('.path-step-head a').allInnerTexts()).toEqual(path.data.steps.map((s) => title(s.entry)));
    expect(await page.locator('.path-progress').innerText()).toBe(progressText(0));

    // Step 1: the entry page shows the path bar.
    await steps.first().locator('.path-step-head a').click();
    const [first, second] = path.data.steps as [{ entry: string }, { entry: string }];
    await page.waitForURL(new RegExp(`/${first.entry}/\\?path=${PATH_ID}&step=1$`));
    // The bar stands at the top and the bottom of a long entry page: drive the top one, see both.
    const bars = page.locator('[data-path-bar]');
    const bar = bars.first();
    await expect.poll(() => bar.isVisible()).toBe(true);
    expect(await bars.count()).toBe(2);
    await expect.poll(() => bars.last().isVisible()).toBe(true);
    expect(await bar.locator('[data-path-title]').innerText()).toBe(path.data.title);
    expect(await bar.locator('[data-step-of]').innerText()).toBe(`ステップ 1 / ${path.data.steps.length}`);
    expect(await bar.locator('[data-previous]').isVisible()).toBe(false);
    await bar.getByLabel('完了').check();

    // Next, then previous.
    await bar.locator('[data-next]').click();
    await page.waitForURL(new RegExp(`/incidents/${second.entry}/\\?path=${PATH_ID}&step=2$`));
    expect(await page.locator('h1').innerText()).toBe(title(second.entry));
    expect(await bar.locator('[data-step-of]').innerText()).toBe(`ステップ 2 / ${path.data.steps.length}`);
    await bar.locator('[data-previous]').click();
    await page.waitForURL(new RegExp(`/${first.entry}/\\?path=${PATH_ID}&step=1$`));
    expect(await bar.getByLabel('完了').isChecked()).toBe(true);

    // Tick a second step on the path page, reload, see 2 of N on the path page and on home.
    await page.goto(`${base}/paths/${PATH_ID}/`);
    await steps.nth(2).getByLabel('完了').check();
    await page.reload();
    expect(await page.locator('.path-progress').innerText()).toBe(progressText(2));
    expect(await steps.nth(0).getByLabel('完了').isChecked()).toBe(true);
    expect(await steps.nth(1).getByLabel('完了').isChecked()).toBe(false);
    expect(await steps.nth(2).getByLabel('完了').isChecked()).toBe(true);

    await page.goto(`${base}/`);
    const resume = page.locator(`[data-continue] li[data-path="${PATH_ID}"]`);
    expect(await resume.locator('[data-progress-summary]').innerText()).toBe(progressText(2));
    // "Continue" leads to the first step not done: step 2.
    await resume.locator('[data-next-link]').click();
    await page.waitForURL(new RegExp(`/incidents/${second.entry}/\\?path=${PATH_ID}&step=2$`));
    expect(errors).toEqual([]);
  });

  it('resets a path, and home then has nothing to continue', async () => {
    const { page } = await open(`/paths/${PATH_ID}/`);
    await page.locator('.path-step').nth(0).getByLabel('完了').check();
    expect(await page.locator('.path-progress').innerText()).toBe(progressText(1));
    await page.getByRole('button', { name: '進み具合をリセット' }).click();
    expect(await page.locator('.path-progress').innerText()).toBe(progressText(0));
    await page.reload();
    expect(await page.locator('.path-progress').innerText()).toBe(progressText(0));
    await page.goto(`${base}/`);
    expect(await page.locator('[data-continue]').isHidden()).toBe(true);
  });

  it('leaves an entry page plain without the query, or with one that does not fit it', async () => {
    const { page, errors } = await open('/runbooks/disk-full/');
    const allHidden = () => page.locator('[data-path-bar]').evaluateAll((bars) => bars.length > 0 && bars.every((bar) => (bar as HTMLElement).hidden));
    expect(await allHidden()).toBe(true);
    await page.goto(`${base}/runbooks/disk-full/?path=no-such-path&step=1`);
    expect(await allHidden()).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('storage that cannot be trusted', () => {
  it('reads corrupted or foreign stored values as nothing done, and overwrites them on the next tick', async () => {
    await context.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, '{not json');
        sessionStorage.setItem('seeded', '1');
      }
    }, `fixpath:progress:v1:${PATH_ID}`);
    const { page, errors } = await open(`/paths/${PATH_ID}/`);
    expect(await page.locator('.path-progress').innerText()).toBe(progressText(0));
    await page.locator('.path-step').nth(1).getByLabel('完了').check();
    await page.reload();
    expect(await page.locator('.path-progress').innerText()).toBe(progressText(1));

    await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ v: 1, done: [42, null, 'no-such-step'] })), `fixpath:progress:v1:${PATH_ID}`);
    await page.reload();
    expect(await page.locator('.path-progress').innerText()).toBe(progressText(0));
    await page.goto(`${base}/`);
    expect(errors).toEqual([]);
  });

  it('keeps working when storage throws on every access (disabled or full)', async () => {
    await context.addInitScript(() => {
      for (const name of ['getItem', 'setItem', 'removeItem'] as const) {
        Storage.prototype[name] = () => {
          throw new DOMException('storage refused', 'QuotaExceededError');
        };
      }
    });
    const { page, errors } = await open(`/paths/${PATH_ID}/`);
    expect(await page.locator('.path-progress').innerText()).toBe(progressText(0));
    await page.locator('.path-step').nth(0).getByLabel('完了').check();
    expect(await page.locator('.path-progress').innerText()).toBe(progressText(1));
    await page.goto(`${base}/`);
    expect(await page.locator('h1').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});

describe('practice checklists and glossary links', () => {
  it('ticks checklist items and keeps them across a reload', async () => {
    const { page, errors } = await open('/runbooks/disk-full/');
    const items = page.locator('[data-checklist="practice"] li');
    expect(await items.count()).toBe(5);
    await items.nth(1).getByRole('checkbox').check();
    await items.nth(3).getByRole('checkbox').check();
    await page.reload();
    const checked = await items.getByRole('checkbox').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).checked));
    expect(checked).toEqual([false, true, false, true, false]);
    // The runbook's checks have their own reset button: use the practice checklist's.
    await page.locator('[data-checklist="practice"]').getByRole('button', { name: 'チェックを外す' }).click();
    await page.reload();
    expect(await items.getByRole('checkbox').evaluateAll((boxes) => boxes.some((b) => (b as HTMLInputElement).checked))).toBe(false);
    expect(errors).toEqual([]);
  });

  it('links the first use of a glossary term in the body to its anchor, never inside code or headings', async () => {
    const { page } = await open('/runbooks/mysql-too-many-connections/');
    const links = page.locator('.body a.glossary-term');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(3);
    expect(new Set(hrefs).size).toBe(hrefs.length); // each term once
    expect(await page.locator('.body :is(h1, h2, h3, h4, code, pre) a.glossary-term').count()).toBe(0);

    await links.filter({ hasText: '接続プール' }).first().click();
    await page.waitForURL(`${base}/glossary/#connection-pool`);
    expect(await page.locator('dt:target').innerText()).toBe('Connection pool');
  });
});
