/**
 * Debian's Chromium driven by playwright-core (a test tool's own browser download cannot work on
 * our machines). FIXPATH_CHROMIUM points at another binary, as for scripts/ensure-chromium.ts.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.FIXPATH_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * Collect console errors and uncaught exceptions of a page, so a test can assert the reader's
 * console stayed clean (failed requests such as a 404 show up here too).
 */
export function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
