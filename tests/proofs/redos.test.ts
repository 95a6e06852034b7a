/**
 * Linear time, proven without a clock: every regex of src/lib/text and src/lib/search goes
 * through recheck, a ReDoS analyser (automata where it can, seeded fuzzing where it cannot). Its
 * in-process JavaScript backend runs with a fixed seed and no time limits, only step limits, so the
 * verdict does not depend on how busy the machine is. A pattern it finds super-linear is rewritten
 * (see hasHashPart in mask.ts), never excused. Wall-clock growth is measured by `npm run bench`.
 */
import { fileURLToPath } from 'node:url';
import { check, type Parameters } from 'recheck';
import { describe, expect, it } from 'vitest';
import { regexesIn } from './regexes.ts';

// Read by recheck on every call: no native binary, no JVM, no worker.
process.env.RECHECK_BACKEND = 'pure';
const DETERMINISTIC: Parameters = {
  randomSeed: 0,
  timeout: null,
  attackTimeout: null,
  incubationTimeout: null,
  seedingTimeout: null,
  recallTimeout: -1,
};

const dir = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const REGEXES = regexesIn([dir('../../src/lib/text/'), dir('../../src/lib/search/')]);

describe('regexes of the text and search code', { timeout: 120_000 }, () => {
  it('are all found, the ones built with new RegExp included', () => {
    expect(REGEXES.length).toBeGreaterThan(40);
    expect(REGEXES.some((r) => r.at.startsWith('tokenize.ts') && r.source.includes('\\p{Script=Han}'))).toBe(true);
    expect(REGEXES.some((r) => r.at.startsWith('mask.ts') && r.source.includes('25[0-5]'))).toBe(true);
  });

  it('the analyser tells a backtracking regex from a linear one', async () => {
    expect((await check('^(a+)+$', '', DETERMINISTIC)).status).toBe('vulnerable');
    expect((await check('[.:]+$', '', DETERMINISTIC)).status).toBe('vulnerable');
    expect((await check('^[a-z]+$', '', DETERMINISTIC)).status).toBe('safe');
  });

  it.each(REGEXES.map((r) => [`${r.at} /${r.source}/${r.flags}`, r] as const))('%s runs in linear time', async (_, r) => {
    const verdict = await check(r.source, r.flags, DETERMINISTIC);
    expect(verdict.status === 'vulnerable' ? verdict.attack.pattern : verdict.status).toBe('safe');
  });
});
