import { beforeAll, describe, expect, it } from 'vitest';
import { parseKnowledgeBase } from '../../../src/lib/content/load.ts';
import { buildIndex } from '../../../src/lib/search/index-build.ts';
import { loadIndex, serializeIndex } from '../../../src/lib/search/serialize.ts';
import { search } from '../../../src/lib/search/search.ts';
import { readContentDir } from '../../../src/node/read-content.ts';
import { FIXTURE_CONTENT, fixtureIndex } from './fixture.ts';

let fx: Awaited<ReturnType<typeof fixtureIndex>>;
beforeAll(async () => {
  fx = await fixtureIndex();
});

const QUERIES = ['ERROR 1040 (HY000): Too many connections', 'ディスク', 'ECONREFUSED 10.1.1.1:5432', 'コネクションプール'];

describe('serialised index', () => {
  it('carries its version and round-trips to the same ranking', () => {
    const json = serializeIndex(fx.stored);
    expect(JSON.parse(json).version).toBe(1);
    const reloaded = loadIndex(json);
    for (const q of QUERIES) expect(search(reloaded, q)).toEqual(search(fx.index, q));
    expect(serializeIndex(JSON.parse(json))).toBe(json);
  });

  it('is byte-identical for the same content, whatever order the files are read in', async () => {
    const files = await readContentDir(FIXTURE_CONTENT);
    const once = serializeIndex(buildIndex(parseKnowledgeBase(files).kb));
    const reversed = serializeIndex(buildIndex(parseKnowledgeBase([...files].reverse()).kb));
    expect(reversed).toBe(once);
    expect(serializeIndex(buildIndex(fx.kb))).toBe(once);
  });

  it('refuses an unknown version with a message that says what to do', () => {
    const future = { ...fx.stored, version: 2 };
    expect(() => loadIndex(future)).toThrow(
      'fixpath index: unsupported index version 2 (this fixpath reads version 1); rebuild it with "fixpath index"',
    );
    expect(() => loadIndex('{"docs": []}')).toThrow('fixpath index: this is not a fixpath search index (no "version")');
  });
});
