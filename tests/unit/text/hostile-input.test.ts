/**
 * Property tests: whatever is pasted, text processing does not throw, up to 1 MB lines. That it
 * stays linear is proven statically (redos.test.ts) and measured by `npm run bench`, not timed
 * here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskVariables } from '../../../src/lib/text/mask.ts';
import { normalizeText } from '../../../src/lib/text/normalize.ts';
import { tokenize } from '../../../src/lib/text/tokenize.ts';
import { HOSTILE_UNITS, megabyteOf } from './hostile.ts';

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

  it('never throws on a 1 MB line of one hostile unit', () => {
    // A few runs: each is a megabyte of work.
    fc.assert(fc.property(fc.constantFrom(...HOSTILE_UNITS), (unit) => void fn(megabyteOf(unit))), { numRuns: 3 });
  });

  it('handles a 1 MB line of log text', () => {
    expect(() => fn(megabyteOf('ERROR 10.0.0.1 接続 '))).not.toThrow();
  });
});
