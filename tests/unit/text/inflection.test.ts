import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldJapanese } from '../../../src/lib/text/inflection.ts';
import { tokenize } from '../../../src/lib/text/tokenize.ts';
import { HOSTILE_UNITS } from './hostile.ts';

const terms = (text: string) => tokenize(text).map((t) => t.term);

describe('Japanese inflection folding', () => {
  it('gives the forms of one verb or adjective the same stem', () => {
    for (const form of ['落ちた', '落ちる', '落ちている', '落ちてる', '落ちない']) expect(foldJapanese(form)).toBe('落ち');
    expect(foldJapanese('遅くなった')).toBe(foldJapanese('遅い'));
    expect(foldJapanese('繋がらない')).toBe(foldJapanese('繋がる'));
    expect(foldJapanese('失敗した')).toBe('失敗');
    expect(foldJapanese('タイムアウトする')).toBe('タイムアウト');
  });

  it('drops particles between words, so a phrase meets its compound', () => {
    expect(foldJapanese('接続が切れる')).toBe(foldJapanese('接続切れ'));
    expect(terms('サイトが落ちた')).toEqual(terms('サイトが落ちている'));
  });

  it('keeps a run that would fold to nothing', () => {
    expect(foldJapanese('です')).toBe('です');
  });

  it('is idempotent and never throws, on any text', () => {
    const japanese = fc.string({ unit: fc.constantFrom(...'落ちたるいくがをてしますないっら接続タイムアウトー'), maxLength: 40 });
    fc.assert(
      fc.property(fc.oneof(japanese, fc.string(), fc.string({ unit: 'grapheme' })), (text) => {
        const once = foldJapanese(text);
        expect(foldJapanese(once)).toBe(once);
      }),
    );
  });

  // Not timed (timings are noisy): bench/growth.ts is where linear time is measured.
  it('folds long hostile input without failing', () => {
    for (const unit of [...HOSTILE_UNITS, 'る', 'ている', 'が落']) {
      const text = unit.repeat(Math.ceil(20_000 / unit.length));
      expect(foldJapanese(text).length).toBeLessThanOrEqual(text.length);
    }
  }, 60_000);
});
