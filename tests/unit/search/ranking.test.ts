import { beforeAll, describe, expect, it } from 'vitest';
import { search } from '../../../src/lib/search/search.ts';
import { fixtureIndex } from './fixture.ts';

let fx: Awaited<ReturnType<typeof fixtureIndex>>;
beforeAll(async () => {
  fx = await fixtureIndex();
});

describe('search ranking on the fixture corpus', () => {
  it('puts the runbook whose symptom is the pasted error first, then the incidents that saw it', () => {
    const hits = search(fx.index, 'ERROR 1040 (HY000): Too many connections');
    expect(hits.map((h) => h.id).slice(0, 2)).toEqual(['mysql-too-many-connections', '2025-03-01-lambda-burst-too-many-connections']);
    expect(hits[0]!.matched[0]).toBe('ERROR 1040 (HY000): Too many connections');
  });

  it('matches an error written with another address and port', () => {
    expect(fx.ids('connect ECONNREFUSED 172.16.4.2:5432', { type: 'runbook' })[0]).toBe('postgres-econnrefused');
  });

  it('ranks full-width input exactly like ASCII input', () => {
    expect(search(fx.index, 'ＥＲＲＯＲ　１０４０ (ＨＹ０００)')).toEqual(search(fx.index, 'ERROR 1040 (HY000)'));
  });

  it('finds a Japanese runbook by a phrase in other words', () => {
    expect(fx.ids('接続数が上限', { type: 'runbook' })[0]).toBe('mysql-too-many-connections');
    expect(fx.ids('ディスク使用率', { type: 'runbook' })[0]).toBe('disk-full');
  });

  it('uses glossary aliases as synonyms across languages', () => {
    expect(fx.ids('コネクションプール', { type: 'runbook' })[0]).toBe('connection-pool-exhaustion');
  });

  it('tolerates typos in error names and words', () => {
    expect(fx.ids('ECONREFUSED', { type: 'runbook' })[0]).toBe('postgres-econnrefused');
    expect(fx.ids('Too many conections', { type: 'runbook' })[0]).toBe('mysql-too-many-connections');
  });

  it('ranks a pasted log by its error line, not by the noise around it', () => {
    const log = [
      '2025-06-01T10:00:00Z INFO  [main] pool started, 10 connections to postgres',
      '2025-06-01T10:00:01Z INFO  [http] GET /health 200 3ms',
      '2025-06-01T10:00:02Z INFO  [pool] connections: active=3 idle=7',
      '2025-06-01T10:00:03Z ERROR [writer] Error: ENOSPC: no space left on device, write',
      '    at writeSync (node:fs:927:3)',
      '    at Object.appendFileSync (node:fs:2215:5)',
      '2025-06-01T10:00:04Z INFO  [http] GET /health 200 2ms',
    ].join('\n');
    expect(fx.ids(log, { type: 'runbook' })[0]).toBe('disk-full');
  });

  it('filters by type and honours the limit', () => {
    const hits = search(fx.index, 'connections', { type: 'incident', limit: 1 });
    expect(hits).toHaveLength(1);
    expect(hits[0]!.type).toBe('incident');
  });

  it('returns scores in 0..1, best first', () => {
    const scores = search(fx.index, 'connection refused postgres nginx').map((h) => h.score);
    expect(scores.length).toBeGreaterThan(2);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const s of scores) expect(s).toBeGreaterThan(0), expect(s).toBeLessThanOrEqual(1);
  });

  it('attaches a runbook’s recommendations, and to an incident those of its runbooks', () => {
    const [runbook, incident] = search(fx.index, 'ERROR 1040 (HY000): Too many connections');
    expect(runbook!.recommendations[0]).toMatchObject({ solution: 'mysql-too-many-connections#scale-instance', attempts: 1, resolved: 1 });
    expect(incident!.recommendations.map((r) => r.solution)).toEqual(runbook!.recommendations.map((r) => r.solution));
  });

  it('finds nothing for an empty or unknown query', () => {
    expect(search(fx.index, '')).toEqual([]);
    expect(search(fx.index, '   \n ')).toEqual([]);
    expect(search(fx.index, 'qqqqxxxxzzzz')).toEqual([]);
  });
});
