import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RunbookEntry } from '../../src/lib/content/model.ts';
import { loadContent } from '../../src/node/content.ts';
import { consoleErrors, launchChromium } from './browser.ts';

const ID = 'mysql-too-many-connections';
const base = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
let runbook: RunbookEntry;

beforeAll(async () => {
  const { kb } = await loadContent('content');
  runbook = kb.runbooks.find((r) => r.id === ID)!;
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
});
afterAll(async () => {
  await browser?.close();
});

async function open() {
  const page = await context.newPage();
  const errors = consoleErrors(page);
  const response = await page.goto(`${base}/runbooks/${ID}/`);
  expect(response?.status()).toBe(200);
  return { page, errors };
}

describe(`the runbook page /runbooks/${ID}/`, () => {
  it('shows the title, every symptom with a copy button that copies it, and a clean console', async () => {
    const { page, errors } = await open();
    expect(await page.locator('h1').innerText()).toBe(runbook.data.title);
    const symptoms = page.locator('section[aria-labelledby="symptoms"] li');
    // Every symptom is on the page, those past the first few inside a collapsed "more" (runbook-3am.test.ts).
    expect(await symptoms.locator('code').allTextContents()).toEqual(runbook.data.symptoms);

    await symptoms.first().getByRole('button', { name: 'コピー' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(runbook.data.symptoms[0]);
    await expect.poll(() => symptoms.first().getByRole('button').innerText()).toBe('コピーしました');
    expect(errors).toEqual([]);
  });

  it('groups the solutions first response, fix, prevention, each ranked by its record', async () => {
    const { page } = await open();
    const groups = page.locator('.solution-group');
    expect(await groups.locator('h3').first().innerText()).toBe('初動対応');
    expect(await groups.evaluateAll((gs) => gs.map((g) => g.getAttribute('data-kind')))).toEqual(['mitigation', 'fix', 'prevention']);
    expect(await page.locator('.solution-group[data-kind="fix"] [data-solution]').evaluateAll((els) => els.map((e) => e.getAttribute('data-solution')))).toEqual([
      'scale-instance',
      'rds-proxy',
    ]);
    expect(await page.locator('.solution-group [data-solution="rds-proxy"] [data-evidence]').innerText()).toBe('3回中3回とも効果なし（最終 2026-05-08）');
  });

  it('gives every solution the #<solution-id> anchor incidents link to, and links cards to body sections', async () => {
    const { page } = await open();
    for (const solution of runbook.data.solutions) {
      expect(await page.locator(`[id="${solution.id}"]`).count(), solution.id).toBe(1);
    }
    // The body details scale-instance under a heading with that anchor; the card links there.
    const card = page.locator('#solution-scale-instance');
    await card.getByRole('link', { name: /詳しい手順/ }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#scale-instance');
    expect(await page.locator('.body #scale-instance').evaluate((el) => el.tagName)).toMatch(/^H[2-4]$/);
  });

  it('links each solution to the incidents behind its record, and links to edit the file', async () => {
    const { page } = await open();
    const proxy = page.locator('[data-solution="rds-proxy"] .tried-in');
    await proxy.locator('summary').click();
    const items = proxy.locator('li');
    expect(await items.count()).toBe(3);
    expect(await items.allInnerTexts()).toEqual(Array(3).fill(expect.stringMatching(/効果なし/)));
    await proxy.getByRole('link', { name: /翌日の日曜夕方/ }).click();
    await page.waitForURL(/\/incidents\/2021-02-07-lambda-rds-too-many-connections-again\/$/);

    await page.goBack();
    expect(await page.getByRole('link', { name: 'このページを編集' }).getAttribute('href')).toBe(
      `https://github.com/example/fixpath-kb/edit/main/content/runbooks/database/${ID}.mdx`,
    );
  });

  it('fits a 375px phone screen and remembers a dark theme chosen with the toggle', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${base}/runbooks/${ID}/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.getByRole('button', { name: 'ダークモード切り替え' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const dark = await background();
    expect(dark).not.toBe(light);
    await page.reload();
    expect(await background()).toBe(dark);
  });
});

describe('alert addresses', () => {
  it('/alerts/<name>/ leads an alert rule to the runbook that lists the alert', async () => {
    const page = await context.newPage();
    const alert = runbook.data.alerts[0]!.name;
    await page.goto(`${base}/alerts/${alert}/`);
    await page.locator('[data-alert-runbook]').click();
    await page.waitForURL(`${base}/runbooks/${ID}/`);
    expect(await page.locator('h1').innerText()).toBe(runbook.data.title);
  });
});
