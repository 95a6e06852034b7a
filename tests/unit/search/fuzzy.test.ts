import { beforeAll, describe, expect, it } from 'vitest';
import { editDistance, fuzzyMatches, maxDistance } from '../../../src/lib/search/fuzzy.ts';
import { fixtureIndex } from './fixture.ts';

describe('editDistance', () => {
  it.each([
    ['connection', 'conection', 1],
    ['connection', 'connetcion', 1],
    ['econnrefused', 'econrefused', 1],
    ['timeout', 'timeout', 0],
    ['abcdef', 'uvwxyz', 3],
  ])('%s / %s', (a, b, d) => {
    expect(editDistance(a, b, 2)).toBe(d);
  });
});

describe('fuzzyMatches', () => {
  let fx: Awaited<ReturnType<typeof fixtureIndex>>;
  beforeAll(async () => {
    fx = await fixtureIndex();
  });
  const near = (term: string) => fuzzyMatches(fx.index, term).map((m) => fx.index.terms[m.id]);

  it('finds the vocabulary word behind a typo', () => {
    expect(near('econrefused')).toEqual(['econnrefused']);
    expect(near('conection')).toContain('connection');
  });

  it('leaves short words and Japanese alone', () => {
    expect(maxDistance(4)).toBe(0);
    expect(near('pool')).toEqual([]);
    expect(near('接続')).toEqual([]);
  });
});
