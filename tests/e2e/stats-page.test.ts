/**
 * /stats/ shows the figures `fixpath stats` computes: every number on the page is checked against
 * computeStats over the same sample content, at the instant the page says it was built.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { KnowledgeBase } from '../../src/lib/content/model.ts';
import { SEVERITIES, HORIZONS } from '../../src/lib/content/schema.ts';
import { computeStats, type Stats } from '../../src/lib/stats/compute.ts';
import { runbookHistory } from '../../src/lib/stats/history.ts';
import { loadContent } from '../../src/node/content.ts';
import { consoleErrors, launchChromium } from './browser.ts';

const base = inject('baseUrl');
let browser: Browser;
let page: Page;
let errors: string[];
let kb: KnowledgeBase;
let stats: Stats;

/** textContent (not innerText) so cells inside a closed <details> are read too. */
const texts = (selector: string) => page.$$eval(selector, (els) => els.map((e) => (e.textContent ?? '').trim()));
const attrs = (selector: string, name: string) => page.$$eval(selector, (els, n) => els.map((e) => e.getAttribute(n)), name);
const num = (value: string | null) => (value === null || value === '' ? undefined : Number(value));

beforeAll(async () => {
  kb = (await loadContent('content')).kb;
  browser = await launchChromium();
  page = await browser.newPage();
  errors = consoleErrors(page);
  const response = await page.goto(`${base}/stats/`);
  expect(response?.status()).toBe(200);
  const now = await page.locator('article.stats').getAttribute('data-now');
  stats = computeStats(kb, Date.parse(now!));
});
afterAll(async () => {
  await browser?.close();
});

describe('the stats page /stats/', () => {
  it('is linked from the navigation and keeps the console clean', async () => {
    expect(await page.locator('.site-nav a[href="/stats/"]').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('shows the headline figures', async () => {
    const value = async (stat: string) => num(await page.locator(`[data-stat="${stat}"]`).getAttribute('data-value'));
    expect(await value('incidents')).toBe(stats.incidents);
    expect(await value('incidents')).toBe(kb.incidents.length);
    expect(await value('ttr-median')).toBe(stats.time_to_resolve.overall.median);
    expect(await value('ttr-p90')).toBe(stats.time_to_resolve.overall.p90);
    expect(await value('ttd-median')).toBe(stats.time_to_detect.overall.median);
    expect(await value('gaps')).toBe(stats.monitoring_gaps.late.length);
  });

  it('draws incidents per month as stacked SVG bars with a title, a description and the data table', async () => {
    const svg = page.locator('#per-month-chart-title').locator('..');
    expect(await svg.getAttribute('role')).toBe('img');
    expect(await page.locator('#per-month-chart-desc').textContent()).toContain(String(stats.incidents));
    const segments = stats.per_month.flatMap((m) => SEVERITIES.filter((s) => m[s] > 0));
    expect(await svg.locator('g.bar rect').count()).toBe(segments.length);

    const busy = stats.per_month.filter((m) => m.total > 0);
    expect(await attrs('table.per-month tbody tr', 'data-month')).toEqual(busy.map((m) => m.month));
    for (const key of [...SEVERITIES, 'total'] as const) {
      const cells = await texts(`table.per-month tbody td[data-severity="${key}"]`);
      expect(cells.map(Number), key).toEqual(busy.map((m) => m[key]));
    }
  });

  it('gives median and p90 of time to resolve and detect, overall, per category and per severity', async () => {
    for (const [id, breakdown] of [['ttr', stats.time_to_resolve], ['ttd', stats.time_to_detect]] as const) {
      const expected = [
        ['all', breakdown.overall],
        ...Object.entries(breakdown.by_category).map(([c, s]) => [`category:${c}`, s] as const),
        ...SEVERITIES.map((s) => [`severity:${s}`, breakdown.by_severity[s]!] as const),
      ] as const;
      const rows = `table[data-durations="${id}"] tbody tr`;
      expect(await attrs(rows, 'data-key')).toEqual(expected.map(([key]) => key));
      expect((await texts(`${rows} [data-field="count"]`)).map(Number)).toEqual(expected.map(([, s]) => s.count));
      expect((await attrs(`${rows} [data-field="median"]`, 'data-value')).map(num)).toEqual(expected.map(([, s]) => s.median));
      expect((await attrs(`${rows} [data-field="p90"]`, 'data-value')).map(num)).toEqual(expected.map(([, s]) => s.p90));
    }
    // One dot per incident on the time-to-resolve chart.
    expect(await page.locator('#ttr-chart-title').locator('..').locator('circle').count()).toBe(stats.incidents);
  });

  it('lists the monitoring gaps and the coverage gaps with links to the entries', async () => {
    expect(await attrs('ul.late li', 'data-id')).toEqual(stats.monitoring_gaps.late.map((g) => g.id));
    expect(await attrs('ul.unknown li', 'data-id')).toEqual(stats.monitoring_gaps.unknown);
    expect(await attrs('[data-gap="unused-runbooks"] a', 'href')).toEqual(
      stats.coverage.unused_runbooks.map((r) => `/runbooks/${r.id}/`),
    );
    expect(await attrs('[data-gap="incidents-without-runbook"] a', 'data-id')).toEqual(
      stats.coverage.incidents_without_runbook.map((r) => r.id),
    );
  });

  it('ranks the solutions in the league table with their counts and scores', async () => {
    const rows = 'table.league tbody tr';
    expect(await attrs(rows, 'data-solution')).toEqual(stats.solutions.table.map((r) => r.solution));
    for (const field of ['attempts', 'resolved', 'mitigated', 'failed'] as const) {
      expect((await texts(`${rows} [data-field="${field}"]`)).map(Number), field).toEqual(stats.solutions.table.map((r) => r[field]));
    }
    expect(await texts(`${rows} [data-field="score"]`)).toEqual(stats.solutions.table.map((r) => r.score.toFixed(2)));
  });

  it('shows availability per month and target, and action items per horizon', async () => {
    const rows = 'table.availability tbody tr';
    expect(await attrs(rows, 'data-month')).toEqual(stats.availability.map((a) => a.month));
    expect((await attrs(rows, 'data-target')).map(Number)).toEqual(stats.availability.map((a) => a.sla_target));
    expect((await attrs(`${rows} [data-field="downtime"]`, 'data-value')).map(Number)).toEqual(
      stats.availability.map((a) => a.downtime_minutes),
    );
    for (const h of HORIZONS) {
      const cells = await texts(`table.horizons tr[data-horizon="${h}"] td`);
      const c = stats.action_items.by_horizon[h];
      expect(cells.map(Number), h).toEqual([c.open, c.overdue, c.done]);
    }
  });
});

describe('the incident history on a runbook page', () => {
  it('lists every incident that used the runbook, oldest first, with the solution that resolved it', async () => {
    const id = 'mysql-too-many-connections';
    const response = await page.goto(`${base}/runbooks/${id}/`);
    expect(response?.status()).toBe(200);
    const history = runbookHistory(kb, id);
    expect(history.length).toBeGreaterThan(1);
    expect(await attrs('.incident-history li', 'data-incident')).toEqual(history.map((h) => h.id));
    expect(await attrs('.incident-history li', 'data-severity')).toEqual(history.map((h) => h.severity));
    expect(await attrs('.incident-history [data-resolved-by]', 'data-resolved-by')).toEqual(
      history.flatMap((h) => h.resolvedBy?.key ?? []),
    );
  });
});
