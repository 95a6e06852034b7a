/**
 * The operations model on the sample site, as an on-call engineer meets it: the alert catalogue
 * (filter by text and by service, an alert's page with its thresholds and the runbook one click
 * away), the response deadline on a P1 runbook, the checks checklist, the recurrence link between
 * the two Lambda/RDS incidents, drills told apart in incident lists, and a replay step.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { KnowledgeBase } from '../../src/lib/content/model.ts';
import { alertRoutes } from '../../src/lib/runbooks/alerts.ts';
import { loadContent } from '../../src/node/content.ts';
import { consoleErrors, launchChromium } from './browser.ts';

const base = inject('baseUrl');
const FIRST = '2021-02-06-lambda-rds-too-many-connections';
const SECOND = '2021-02-07-lambda-rds-too-many-connections-again';
let browser: Browser;
let context: BrowserContext;
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = (await loadContent('content')).kb;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  await context?.close();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});

async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = consoleErrors(page);
  const response = await page.goto(`${base}${url}`);
  expect(response?.status()).toBe(200);
  return { page, errors };
}

const visibleRows = (page: Page) => page.locator('[data-alert-row]:visible').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-alert-row')));

describe('alert catalogue', () => {
  it('lists every alert, filters by typed text and by service, and leads to the runbook through the alert page', async () => {
    const { page, errors } = await open('/alerts/');
    const all = alertRoutes(kb).map((r) => r.name);
    expect(await visibleRows(page)).toEqual(all);
    const row = page.locator('[data-alert-row="RDSDatabaseConnectionsHigh"]');
    expect(await row.locator('td').allInnerTexts()).toEqual([
      'DatabaseConnections / max_connections',
      '>= 160 / 200 (80%)',
      '>= 180 / 200 (90%)',
      '5分',
      'MySQL の接続数が上限に達する (Too many connections)',
    ].map((text, i) => (i === 4 ? kb.runbooks.find((r) => r.id === 'mysql-too-many-connections')!.data.title : text)));

    // A metric name typed in the filter box finds the alert that measures it.
    await page.locator('[data-alert-filter]').fill('databaseconnections');
    expect(await visibleRows(page)).toEqual(['RDSDatabaseConnectionsHigh']);
    await page.locator('[data-alert-filter]').fill('');
    await page.locator('[data-alert-service]').selectOption('redis');
    const redis = alertRoutes(kb).filter((r) => r.runbook.data.services.includes('redis')).map((r) => r.name);
    expect(redis.length).toBeGreaterThan(0);
    expect(await visibleRows(page)).toEqual(redis);
    await page.locator('[data-alert-filter]').fill('no such alert anywhere');
    expect(await visibleRows(page)).toEqual([]);
    expect(await page.locator('[data-alert-none]').isVisible()).toBe(true);

    await page.locator('[data-alert-filter]').fill('');
    await page.locator('[data-alert-service]').selectOption('');
    await row.locator('th a').click();
    await page.waitForURL(`${base}/alerts/RDSDatabaseConnectionsHigh/`);
    expect(await page.locator('[data-threshold="critical"]').innerText()).toBe('>= 180 / 200 (90%)');
    await page.locator('[data-alert-runbook]').click();
    await page.waitForURL(`${base}/runbooks/mysql-too-many-connections/`);
    expect(errors).toEqual([]);
  });
});

describe('runbook: deadline and checks', () => {
  it('shows the response deadline from the severity policy next to the severity: P1 and P2', async () => {
    const { page } = await open('/runbooks/app-not-responding/');
    expect(await page.locator('[data-deadline]').innerText()).toBe('P1: 15分以内に対応開始、30分で運用責任者、開発リーダー、インフラ担当、CTOへエスカレーション');
    await page.goto(`${base}/runbooks/mysql-too-many-connections/`);
    expect(await page.locator('[data-deadline]').innerText()).toBe('P2: 1時間以内に対応開始、2時間で運用責任者へエスカレーション');
  });

  it('renders the checks as a numbered checklist before the solutions, with copy buttons and ticks that survive a reload', async () => {
    const { page, errors } = await open('/runbooks/mysql-too-many-connections/');
    const checks = page.locator('[data-checklist="checks"] > ol > li');
    const runbook = kb.runbooks.find((r) => r.id === 'mysql-too-many-connections')!;
    expect(await checks.count()).toBe(runbook.data.checks.length);
    // Before the solutions in the page.
    expect(await page.evaluate(() => {
      const checks = document.querySelector('[data-checklist="checks"]')!;
      const solutions = document.getElementById('solutions')!;
      return Boolean(checks.compareDocumentPosition(solutions) & Node.DOCUMENT_POSITION_FOLLOWING);
    })).toBe(true);
    const first = checks.first();
    expect(await first.locator('code').innerText()).toBe(runbook.data.checks[0]!.run);
    expect(await first.locator('button[data-copy]').isVisible()).toBe(true);
    expect(await first.locator('a[data-check-next]').getAttribute('href')).toMatch(/#(solution-)?kill-idle-connections$/);
    await first.locator('input[type="checkbox"]').check();
    await page.reload();
    expect(await page.locator('[data-checklist="checks"] > ol > li').first().locator('input[type="checkbox"]').isChecked()).toBe(true);
    expect(await page.locator('[data-checklist="checks"] > ol > li').nth(1).locator('input[type="checkbox"]').isChecked()).toBe(false);
    expect(errors).toEqual([]);
  });
});

describe('incident: recurrence, detection, deadline', () => {
  it('links the second Lambda/RDS incident to the first and back, as the second time in 24 hours', async () => {
    const { page, errors } = await open(`/incidents/${SECOND}/`);
    expect(await page.locator('[data-recurrence-nth]').innerText()).toBe('24時間で2回目');
    expect(await page.locator('[data-self-recovered]').isVisible()).toBe(true);
    expect(await page.locator('[data-detection]').getAttribute('data-detection')).toBe('internal_report');
    await page.locator('[data-recurrence-of]').click();
    await page.waitForURL(`${base}/incidents/${FIRST}/`);
    // Detected 17:02 by a user report; the first action after it is at 17:10: 8 minutes, within 15.
    expect(await page.locator('dd[data-deadline]').getAttribute('data-deadline')).toBe('met');
    expect(await page.locator('[data-missed-alert] a').getAttribute('href')).toBe('/alerts/RDSDatabaseConnectionsHigh/');
    expect(await page.locator('[data-recurrence-again]').getAttribute('href')).toBe(`/incidents/${SECOND}/`);
    expect(errors).toEqual([]);
  });

  it('labels drills in incident lists and shows one kind at a time', async () => {
    const { page } = await open('/');
    const drill = page.locator('[data-incident-list] li[data-kind="drill"]');
    expect(await drill.count()).toBe(1);
    expect(await drill.innerText()).toContain('訓練');
    await page.locator('[data-kind-filter]').selectOption('drill');
    expect(await page.locator('[data-incident-list] li[data-kind]:visible').count()).toBe(1);
    await page.locator('[data-kind-filter]').selectOption('');
    expect(await page.locator('[data-incident-list] li[data-kind]:visible').count()).toBeGreaterThan(1);
  });
});

describe('learning path: replay step', () => {
  it('asks for a first response, reveals what was tried and what worked, and keeps the choice with the progress', async () => {
    const { page, errors } = await open('/paths/db-first-month/');
    const replay = page.locator('[data-replay]');
    expect(await replay.count()).toBe(1);
    expect(await replay.locator('[data-replay-answer]').isVisible()).toBe(false);
    expect(await replay.locator('[data-replay-reveal]').isDisabled()).toBe(true);
    await replay.locator('input[value="mysql-too-many-connections#limit-lambda-concurrency"]').check();
    await replay.locator('[data-replay-reveal]').click();
    expect(await replay.locator('[data-replay-answer]').isVisible()).toBe(true);
    const incident = kb.incidents.find((i) => i.id === '2025-06-13-sqs-backlog-lambda-connection-storm')!;
    expect(await replay.locator('[data-replay-tried]').count()).toBe(incident.data.attempts.length);
    expect(await replay.locator('[data-replay-your-choice]').innerText()).toContain('Lambda の同時実行数');
    await page.reload();
    const again = page.locator('[data-replay]');
    expect(await again.locator('[data-replay-answer]').isVisible()).toBe(true);
    expect(await again.locator('input[value="mysql-too-many-connections#limit-lambda-concurrency"]').isChecked()).toBe(true);
    const stored = await page.evaluate(() => localStorage.getItem('fixpath:progress:v1:db-first-month'));
    expect(JSON.parse(stored!).choices).toEqual({ '2025-06-13-sqs-backlog-lambda-connection-storm': 'mysql-too-many-connections#limit-lambda-concurrency' });
    expect(errors).toEqual([]);
  });
});
