/** Shared by the validator tests: run the whole validator on one scenario under tests/fixtures/validate/. */
import { fileURLToPath } from 'node:url';
import type { Problem } from '../../../src/lib/content/model.ts';
import { formatProblem } from '../../../src/lib/content/report.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { loadContent } from '../../../src/node/content.ts';

/** A fixed "today", so "not reviewed for a year" does not depend on when the tests run. */
export const NOW = new Date('2026-11-21T12:00:00Z');

export function fixtureDir(scenario: string): string {
  return fileURLToPath(new URL(`../../fixtures/validate/${scenario}/content`, import.meta.url));
}

export async function problemsIn(scenario: string): Promise<Problem[]> {
  return validateContent(await loadContent(fixtureDir(scenario)), { now: NOW });
}

/** The lines an author sees (paths relative to the content directory), errors or warnings only. */
export async function linesIn(scenario: string, severity: Problem['severity'] = 'error'): Promise<string[]> {
  return (await problemsIn(scenario)).filter((p) => p.severity === severity).map((p) => formatProblem(p, ''));
}
