/**
 * The sharded index ranks exactly as the in-memory one: on random knowledge bases (runbooks and
 * incidents in English and Japanese, glossary aliases, shared and near words) and random queries
 * (phrases, typos, aliases, pasted logs, type filters), the hits read through the shards have
 * the same ids, order, scores, matched lines and recommendations.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IncidentEntry, KnowledgeBase, RunbookEntry } from '../../../src/lib/content/model.ts';
import { configSchema, incidentSchema, runbookSchema } from '../../../src/lib/content/schema.ts';
import { buildIndex } from '../../../src/lib/search/index-build.ts';
import { searchPool } from '../../../src/lib/search/present.ts';
import { loadIndex } from '../../../src/lib/search/serialize.ts';
import { ShardedIndex } from '../../../src/lib/search/shards/read.ts';
import { shardIndex } from '../../../src/lib/search/shards/write.ts';

const WORDS = [
  'connection', 'connections', 'refused', 'timeout', 'timed', 'out', 'mysql', 'postgres', 'redis', 'nginx', 'upstream',
  'ECONNREFUSED', 'ENOSPC', 'too', 'many', 'disk', 'full', 'memory', 'OOMKilled', 'certificate', 'expired', 'latency',
  'max_connections', 'replication', 'lag', 'deadlock', 'kafka', 'consumer', '502', '1040', 'HY000', 'ERROR',
  '接続', 'タイムアウト', 'ディスク容量', 'メモリ不足', '上限に達しました', 'データベース', 'エラー率',
];
const TYPO = (word: string, at: number) => (word.length < 6 ? word : word.slice(0, at % word.length) + word.slice((at % word.length) + 1));

const phrase = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 7 }).map((w) => w.join(' '));
const texts = (max: number) => fc.array(phrase, { minLength: 1, maxLength: max });

const runbook = (i: number) =>
  fc.record({ title: phrase, symptoms: texts(4), alerts: fc.array(phrase, { maxLength: 1 }), causes: texts(2), solutions: texts(3), body: texts(3), ja: fc.boolean(), tags: fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }) }).map(
    (r): RunbookEntry => {
      const id = `rb-${i}`;
      const data = runbookSchema.parse({
        title: r.title,
        category: 'database/connections',
        severity: 'high',
        services: ['mysql'],
        lang: r.ja ? 'ja' : 'en',
        symptoms: r.symptoms,
        alerts: r.alerts,
        causes: r.causes.map((title, k) => ({ id: `cause-${k}`, title })),
        solutions: r.solutions.map((title, k) => ({ id: `solution-${k}`, title, kind: 'fix' })),
        tags: r.tags.map((t) => t.toLowerCase().replace(/[^a-z0-9-]/g, '') || 'x'),
      });
      return { id, file: `runbooks/${id}.mdx`, data, body: r.body.join('\n\n'), bodyLine: 1 };
    },
  );

const incident = (i: number, runbooks: number) =>
  fc.record({ title: phrase, symptoms: texts(3), names: fc.array(fc.nat(runbooks - 1), { maxLength: 2 }) }).map((r): IncidentEntry => {
    const id = `2025-01-${String(i + 1).padStart(2, '0')}-incident`;
    const data = incidentSchema.parse({
      title: r.title,
      started: '2025-01-01T10:00:00Z',
      resolved: '2025-01-01T11:00:00Z',
      severity: 'high',
      symptoms: r.symptoms,
      runbooks: [...new Set(r.names)].map((n) => `rb-${n}`),
    });
    return { id, file: `incidents/${id}.mdx`, data, body: '', bodyLine: 1 };
  });

const knowledgeBase = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 4 })).chain(([runbooks, incidents]) =>
  fc
    .record({
      runbooks: fc.tuple(...Array.from({ length: runbooks }, (_, i) => runbook(i))),
      incidents: incidents ? fc.tuple(...Array.from({ length: incidents }, (_, i) => incident(i, runbooks))) : fc.constant([] as IncidentEntry[]),
      aliases: fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...WORDS)), { maxLength: 3 }),
    })
    .map(
      (r): KnowledgeBase => ({
        config: configSchema.parse({ lang: 'en' }),
        categories: [],
        glossary: r.aliases.map(([term, alias]) => ({ term, aliases: [alias], definition: 'x', related: [] })),
        runbooks: [...r.runbooks],
        incidents: [...r.incidents],
        paths: [],
      }),
    ),
);

const query = fc.oneof(
  phrase,
  fc.tuple(fc.constantFrom(...WORDS), fc.nat()).map(([word, at]) => `${TYPO(word, at)} ${word === 'mysql' ? 'errror' : 'conection'}`),
  fc.array(fc.tuple(fc.constantFrom('INFO', 'ERROR', 'WARN'), phrase), { minLength: 2, maxLength: 12 }).map((lines) =>
    lines.map(([level, text], i) => `2025-01-01T10:00:${String(i).padStart(2, '0')}Z ${level} ${text}`).join('\n'),
  ),
);

describe('sharded index', () => {
  it('returns exactly the in-memory hits (ids, order, scores, matched lines, facets, runbooks)', async () => {
    await fc.assert(
      fc.asyncProperty(
        knowledgeBase,
        fc.array(query, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(undefined, 'runbook' as const, 'incident' as const),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 5, max: 400 }),
        async (kb, queries, type, limit, shardUnits) => {
          const stored = buildIndex(kb);
          const index = loadIndex(stored);
          const { files } = shardIndex(stored, { engine: 'test', content: 'test' }, index, shardUnits);
          const sharded = await ShardedIndex.open(async (path) => JSON.parse(files.get(path)!));
          const options = { limit, ...(type ? { type } : {}) };
          for (const q of queries) {
            // With what the page filters by and folding needs: the same as the in-memory pool's.
            expect(await sharded.search(q, options)).toEqual(searchPool(index, q, options));
          }
        },
      ),
      { numRuns: 50 },
    );
  }, 120_000);
});
