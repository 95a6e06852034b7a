/**
 * Property tests: whatever is pasted, text processing neither throws nor goes super-linear.
 * Time is compared between an input and the same input sixteen times longer (a ratio, not a
 * threshold), so a slow machine does not fail it but catastrophic backtracking does.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskVariables } from '../../../src/lib/text/mask.ts';
import { normalizeText } from '../../../src/lib/text/normalize.ts';
import { tokenize } from '../../../src/lib/text/tokenize.ts';
import { growthRatio, HOSTILE_UNITS } from './hostile.ts';

const functions = { normalizeText, maskVariables, tokenize } as const;

describe.each(Object.entries(functions))('%s on hostile input', { timeout: 60_000 }, (_name, fn) => {
  it('never throws on random unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (s) => void fn(s)), { numRuns: 100 });
  });

  it('never throws on strings made of regex-hostile units', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...HOSTILE_UNITS), { maxLength: 400 }), (units) => void fn(units.join(''))),
      { numRuns: 100 },
    );
  });

  it.each(HOSTILE_UNITS)('grows linearly on a long line of %j', (unit) => {
    expect(growthRatio((n) => unit.repeat(Math.ceil(n / unit.length)), fn)).toBeLessThan(120);
  });

  it('handles a 1 MB line', () => {
    expect(() => fn('ERROR 10.0.0.1 接続 '.repeat(60_000))).not.toThrow();
  });
});
