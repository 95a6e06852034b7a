/**
 * ENGINE_VERSION is the fingerprint of what the engine outputs on the fixture corpus: the index
 * it builds and the hits of a set of queries. When this fails, the engine's output changed: set
 * ENGINE_VERSION (src/lib/search/engine-version.ts) to the value printed, so that `fixpath search`
 * stops reusing indexes built by the previous code.
 */
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../../src/lib/search/engine-version.ts';
import { serializeIndex } from '../../../src/lib/search/serialize.ts';
import { search } from '../../../src/lib/search/search.ts';
import { textHash } from '../../../src/lib/search/shards/format.ts';
import { fixtureIndex } from './fixture.ts';

const QUERIES = [
  'ERROR 1040 (HY000): Too many connections',
  'too many connections',
  'conection refused',
  '接続数が上限に達しました',
  'ディスク',
  'ＥＲＲＯＲ　１０４０',
  '2025-01-01T10:00:00Z INFO ok\n2025-01-01T10:00:01Z ERROR write failed: ENOSPC: no space left on device\n    at write (fs.js:1:1)',
  'nginx 502 bad gateway upstream',
];

describe('ENGINE_VERSION', () => {
  it('is the fingerprint of the index and hits the engine produces', async () => {
    const { stored, index } = await fixtureIndex();
    const hits = QUERIES.map((q) => [search(index, q, { limit: 20 }), search(index, q, { type: 'incident' })]);
    const fingerprint = textHash(serializeIndex(stored) + JSON.stringify(hits));
    expect(ENGINE_VERSION, `the engine's output changed: set ENGINE_VERSION to '${fingerprint}'`).toBe(fingerprint);
  });
});
