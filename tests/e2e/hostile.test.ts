/**
 * Content from a pull request never runs code (issue 15). Two layers, both checked in Chromium or
 * at the build: MDX with code in it stops the build with the validator's lines (no stack trace),
 * and hostile text that is valid content (titles, symptoms, glossary with markup in them) reaches
 * readers as text, under a Content-Security-Policy that also stops whatever might slip through.
 */
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { consoleErrors, launchChromium } from './browser.ts';

const root = path.resolve(import.meta.dirname, '../..');
const base = inject('baseUrlHostile');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Everything that would show code ran: the marker, dialogs, javascript: requests, CSP reports. */
async function openWatched(url: string) {
  const page = await browser.newPage();
  const errors = consoleErrors(page);
  const dialogs: string[] = [];
  const scriptRequests: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (/^(javascript|data):/i.test(request.url())) scriptRequests.push(request.url());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  return { page, errors, dialogs, scriptRequests };
}

const state = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __pwned?: unknown; __violations: string[] };
    return { pwned: w.__pwned ?? null, violations: w.__violations };
  });

describe('hostile text in valid content stays text', () => {
  it.each([
    '/',
    '/runbooks/hostile-text/',
    '/incidents/2026-01-05-hostile/',
    '/glossary/',
    '/categories/',
    '/categories/web/',
    '/stats/',
    '/search/?q=hostile%20symptom',
  ])('%s: nothing runs, and the site itself breaks no rule of its CSP', async (route) => {
    const { page, errors, dialogs, scriptRequests } = await openWatched(`${base}${route}`);
    if (route.startsWith('/search/')) await expect.poll(() => page.locator('[data-testid="search-results"] > li').count()).toBeGreaterThan(0);
    expect(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')).toMatch(/script-src 'self'/);
    expect(await state(page)).toEqual({ pwned: null, violations: [] });
    expect(dialogs).toEqual([]);
    expect(scriptRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the hostile title as the text it is', async () => {
    const { page } = await openWatched(`${base}/runbooks/hostile-text/`);
    expect(await page.locator('h1').innerText()).toBe("</script><script>window.__pwned = 'runbook title'</script>");
    await page.close();
  });

  it('the CSP refuses markup that would slip into a page: an inline script and an onerror handler do not run', async () => {
    const { page } = await openWatched(`${base}/runbooks/hostile-text/`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = "window.__pwned = 'injected script'";
      document.body.append(script);
      document.body.insertAdjacentHTML('beforeend', `<img src="/nowhere.png" onerror="window.__pwned = 'injected handler'">`);
    });
    await expect.poll(async () => (await state(page)).violations.length).toBeGreaterThanOrEqual(2);
    const { pwned, violations } = await state(page);
    expect(pwned).toBeNull();
    expect(violations.map((v) => v.split(' ')[0])).toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr']));
    await page.close();
  });
});

describe('MDX with code in it', () => {
  it('stops the build with the validator lines, before Astro reads it, and no stack trace', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'fixpath-hostile-'));
    const content = path.join(root, 'tests/fixtures/validate/mdx-code/content');
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
        cwd: root,
        env: { ...process.env, FIXPATH_CONTENT_DIR: content },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('exit', (code) => resolve({ code, output }));
    });
    expect(code).toBe(1);
    const shown = 'tests/fixtures/validate/mdx-code/content';
    expect(output).toContain('the content has 18 error(s); fix them (npx fixpath validate) and build again:');
    expect(output).toContain(`${shown}/runbooks/database/hostile.mdx:15:1 body: import and export statements are not allowed: content never runs code`);
    expect(output).toContain(`${shown}/runbooks/database/hostile.mdx:21:1 body: <script> is not allowed: content never runs code`);
    expect(output).toContain(`${shown}/fixpath.config.yaml:2:11 repo_url: must be an http(s) address`);
    expect(output).not.toMatch(/^\s+at /m);
  }, 120_000);
});
