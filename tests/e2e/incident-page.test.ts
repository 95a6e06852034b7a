import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { consoleErrors, launchChromium } from './browser.ts';

const ID = '2021-02-06-lambda-rds-too-many-connections';
const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe(`the incident page /incidents/${ID}/`, () => {
  it('shows the derived numbers: duration, time to detect and the SLA cost', async () => {
    const page = await browser.newPage();
    const errors = consoleErrors(page);
    await page.goto(`${base}/incidents/${ID}/`);
    expect(await page.locator('h1').innerText()).toContain('1040 Too many connections');
    // 16:55 → 17:55 JST, noticed at 17:02; 60 minutes against 99.9 % of February 2021 (40.32 min).
    expect(await page.locator('[data-metric="duration"]').innerText()).toBe('1時間');
    expect(await page.locator('[data-metric="ttd"]').innerText()).toBe('7分');
    const sla = await page.locator('[data-metric="sla"]').innerText();
    expect(sla).toContain('2021年2月');
    expect(sla).toContain('148.8%');
    expect(await page.locator('[data-metric="availability"]').innerText()).toBe('99.851%');
    expect(errors).toEqual([]);
  });

  it('lists the timeline in the site timezone, with the date only on a later day', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/incidents/${ID}/`);
    const rows = page.locator('table.timeline tbody tr');
    expect(await rows.count()).toBe(6);
    expect(await rows.first().locator('td').allInnerTexts()).toEqual([
      '16:55',
      'API Gateway 経由のリクエストが 500 を返し始める',
      'システム',
    ]);
    expect(await rows.last().locator('td').first().innerText()).toBe('2021/02/07 11:00');
  });

  it('groups action items by horizon with their done state, and shows the three root-cause layers', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/incidents/${ID}/`);
    expect(await page.locator('.action-group h3').allInnerTexts()).toEqual(['短期', '中期']);
    expect(await page.locator('.action-group[data-horizon="mid"] li').allInnerTexts()).toEqual([
      expect.stringMatching(/^☑\s*完了\s*アクセス数/),
      expect.stringMatching(/^☐\s*未完了\s*RDS の接続数/),
    ]);
    expect(await page.locator('section[aria-labelledby="root-cause"] dt').allInnerTexts()).toEqual(['技術', 'プロセス', '組織']);
  });

  it('links its runbook, and the next day’s attempts reach the solution they name', async () => {
    const page = await browser.newPage();
    const errors = consoleErrors(page);
    await page.goto(`${base}/incidents/${ID}/`);
    await page.locator('.metrics a[href="/runbooks/mysql-too-many-connections/"]').click();
    await page.waitForURL(/\/runbooks\/mysql-too-many-connections\/$/);
    expect(await page.locator('h1').innerText()).toContain('ERROR 1040');

    await page.goto(`${base}/incidents/2021-02-07-lambda-rds-too-many-connections-again/`);
    const attempts = page.locator('ol.attempts > li');
    // Only RDS Proxy: the service came back by itself, and the resize that evening was no attempt.
    expect(await attempts.count()).toBe(1);
    expect(await attempts.first().innerText()).toMatch(/16:45.*RDS Proxy.*効果なし/s);
    await attempts.first().locator('a').click();
    await page.waitForURL(/\/runbooks\/mysql-too-many-connections\/#rds-proxy$/);
    expect(await page.locator('[id="rds-proxy"]').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });
});
