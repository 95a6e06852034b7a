import { describe, expect, it } from 'vitest';
import { stem, tokenize, WEIGHT } from '../../../src/lib/text/tokenize.ts';

const terms = (text: string) => tokenize(text).map((t) => t.term);

describe('tokenize', () => {
  it('gives the same tokens for full-width and ASCII text', () => {
    expect(terms('ＥＲＲＯＲ　１０４０')).toEqual(terms('ERROR 1040'));
    expect(terms('ERROR 1040')).toEqual(['error', '1040']);
  });

  it('lower-cases, folds plurals and drops a few stop words', () => {
    expect(terms('ERROR 1040 (HY000): Too many connections to the server')).toEqual([
      'error', '1040', 'hy000', 'too', 'many', 'connection', 'server',
    ]);
  });

  it('adds the parts of snake_case and camelCase words at half weight', () => {
    expect(tokenize('max_connections')).toEqual([
      { term: 'max_connections', weight: WEIGHT.word },
      { term: 'max', weight: WEIGHT.part },
      { term: 'connection', weight: WEIGHT.part },
    ]);
    expect(terms('OOMKilled')).toEqual(['oomkilled', 'oom', 'killed']);
  });

  it('indexes Japanese as character bigrams whatever the word breaks, particles and inflections folded', () => {
    const tokens = tokenize('接続数が上限');
    expect(tokens.filter((t) => t.term.length === 2).map((t) => t.term)).toEqual(['接続', '続数', '数上', '上限']);
  });

  it('adds Intl.Segmenter words of three or more characters as a bonus', () => {
    expect(tokenize('データベースに接続できない')).toContainEqual({ term: 'データベース', weight: WEIGHT.segment });
  });

  it('folds half-width katakana before making bigrams', () => {
    expect(terms('ﾃﾞｰﾀﾍﾞｰｽ')).toEqual(terms('データベース'));
  });

  it('keeps a lone Japanese character between other scripts', () => {
    expect(terms('CPU使用率')).toEqual(['cpu', '使用', '用率']);
    expect(terms('DB 遅')).toEqual(['db', '遅']);
  });

  it('weighs hiragana-only bigrams and placeholders less', () => {
    const tokens = tokenize('もっさり 10.0.0.1');
    expect(tokens).toContainEqual({ term: 'もっ', weight: WEIGHT.kanaBigram });
    expect(tokens).toContainEqual({ term: '<ip>', weight: WEIGHT.placeholder });
  });

  it('makes two addresses of the same message tokenize alike', () => {
    expect(terms('connect ECONNREFUSED 10.2.3.4:5432')).toEqual(terms('connect ECONNREFUSED 10.0.1.23:5432'));
  });
});

describe('stem', () => {
  it.each([
    ['connections', 'connection'],
    ['queries', 'query'],
    ['processes', 'process'],
    ['status', 'status'],
    ['access', 'access'],
    ['enospc', 'enospc'],
    ['hy000', 'hy000'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});
