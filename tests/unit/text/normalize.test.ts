import { describe, expect, it } from 'vitest';
import { foldWidth, normalizeText } from '../../../src/lib/text/normalize.ts';

describe('normalizeText', () => {
  it('folds full-width letters, digits and spaces (NFKC)', () => {
    expect(normalizeText('ＥＲＲＯＲ　１０４０')).toBe('error 1040');
  });

  it('turns half-width katakana into full-width', () => {
    expect(normalizeText('ﾃﾞｰﾀﾍﾞｰｽ')).toBe('データベース');
  });

  it('unifies dashes and quotes but keeps the katakana long vowel mark', () => {
    expect(normalizeText('“upstream” – ‘closed’ − ー')).toBe('"upstream" - \'closed\' - ー');
  });

  it('collapses white space and control characters', () => {
    expect(normalizeText('  a\t\tb\r\n\u0000c  ')).toBe('a b c');
  });

  it('keeps case in foldWidth for the tokenizer', () => {
    expect(foldWidth('ＯＯＭＫｉｌｌｅｄ')).toBe('OOMKilled');
  });
});
