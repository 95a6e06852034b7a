import { beforeAll, describe, expect, it } from 'vitest';
import { parseKnowledgeBase } from '../../../src/lib/content/load.ts';
import { alertSearchLines } from '../../../src/lib/runbooks/alerts.ts';
import { buildIndex } from '../../../src/lib/search/index-build.ts';
import { fieldCounts, loadIndex, serializeIndex } from '../../../src/lib/search/serialize.ts';
import { search } from '../../../src/lib/search/search.ts';
import { INDEX_VERSION } from '../../../src/lib/search/types.ts';
import { tokenize } from '../../../src/lib/text/tokenize.ts';
import { loadContent } from '../../../src/node/content.ts';
import { FIXTURE_CONTENT, fixtureIndex } from './fixture.ts';

let fx: Awaited<ReturnType<typeof fixtureIndex>>;
beforeAll(async () => {
  fx = await fixtureIndex();
});

const QUERIES = ['ERROR 1040 (HY000): Too many connections', 'ディスク', 'ECONREFUSED 10.1.1.1:5432', 'コネクションプール'];

describe('serialised index', () => {
  it('carries its version and round-trips to the same ranking', () => {
    const json = serializeIndex(fx.stored);
    expect(JSON.parse(json).version).toBe(INDEX_VERSION);
    const reloaded = loadIndex(json);
    for (const q of QUERIES) expect(search(reloaded, q)).toEqual(search(fx.index, q));
    expect(serializeIndex(JSON.parse(json))).toBe(json);
  });

  it('is byte-identical for the same content, whatever order the files are read in', async () => {
    const { files } = await loadContent(FIXTURE_CONTENT);
    const once = serializeIndex(buildIndex(parseKnowledgeBase(files).kb));
    const reversed = serializeIndex(buildIndex(parseKnowledgeBase([...files].reverse()).kb));
    expect(reversed).toBe(once);
    expect(serializeIndex(buildIndex(fx.kb))).toBe(once);
  });

  it('refuses an unknown version with a message that says what to do', () => {
    const future = { ...fx.stored, version: 4 };
    expect(() => loadIndex(future)).toThrow(
      'fixpath index: unsupported index version 4 (this fixpath reads version 3); rebuild it with "fixpath index"',
    );
    // An index written by an older fixpath (version 2 was one JSON file, not shards).
    expect(() => loadIndex({ ...fx.stored, version: 2 })).toThrow(
      'fixpath index: unsupported index version 2 (this fixpath reads version 3); rebuild it with "fixpath index"',
    );
    expect(() => loadIndex('{"docs": []}')).toThrow('fixpath index: this is not a fixpath search index (no "version")');
  });
});

describe('stored field counts', () => {
  it('counts symptoms and title from the lines, as if their texts were stored', () => {
    const d = fx.stored.docs.id.indexOf('mysql-too-many-connections');
    const runbook = fx.kb.runbooks.find((r) => r.id === 'mysql-too-many-connections')!;
    const expected = (texts: string[]) => {
      const counts = new Map<number, number>();
      for (const text of texts) for (const { term } of tokenize(text)) counts.set(fx.index.termIds.get(term)!, (counts.get(fx.index.termIds.get(term)!) ?? 0) + 1);
      return counts;
    };
    const [symptoms, title] = fieldCounts(fx.stored)[d]!;
    expect(symptoms).toEqual(expected([...runbook.data.symptoms, ...runbook.data.alerts.flatMap(alertSearchLines)]));
    expect(title).toEqual(expected([runbook.data.title]));
    expect(fx.stored.docs.fields[0]![d]).toEqual([]);
  });
});
