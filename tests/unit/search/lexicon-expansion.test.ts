import { beforeAll, describe, expect, it } from 'vitest';
import { expansionGroups } from '../../../src/lib/search/expansion-groups.ts';
import { buildIndex } from '../../../src/lib/search/index-build.ts';
import { loadIndex } from '../../../src/lib/search/serialize.ts';
import { search } from '../../../src/lib/search/search.ts';
import type { SearchIndex } from '../../../src/lib/search/types.ts';
import { fixtureIndex } from './fixture.ts';

// The fixture corpus with its glossary removed: only the engine's lexicon bridges the languages.
let bare: SearchIndex;
beforeAll(async () => {
  const { kb } = await fixtureIndex();
  bare = loadIndex(buildIndex({ ...kb, glossary: [] }));
});
const top = (query: string) => search(bare, query, { type: 'runbook' })[0]?.id;

describe('the operations lexicon, with no glossary', () => {
  it('answers a Japanese query with an English runbook', () => {
    expect(top('コネクションプール 枯渇')).toBe('connection-pool-exhaustion');
  });

  it('answers an English query with a Japanese runbook', () => {
    expect(top('disk capacity exhausted')).toBe('disk-full');
  });

  it('stores only the groups that can reach the vocabulary', () => {
    const groups = expansionGroups([], new Set(['connection']));
    expect(groups.synonyms.length).toBeGreaterThan(0);
    expect(groups.synonyms.every((g) => g.some((m) => m.includes('connection')))).toBe(true);
    expect(expansionGroups([], new Set(['no-such-term'])).synonyms).toEqual([]);
  });

  it('puts a glossary group first, with its members as tokens', () => {
    const groups = expansionGroups([{ term: 'Widget', aliases: ['ウィジェット'], definition: 'd', related: [] }], new Set(['widget']));
    expect(groups.synonyms[0]).toEqual([['widget'], ['ウィ', 'ィジ', 'ジェ', 'ェッ', 'ット']]);
  });
});
