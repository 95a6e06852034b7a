import { beforeAll, describe, expect, it } from 'vitest';
import { search } from '../../../src/lib/search/search.ts';
import { didYouMean, vocabularyOf } from '../../../src/lib/search-page/did-you-mean.ts';
import { POOL, foldIncidents, searchPool } from '../../../src/lib/search/present.ts';
import { runSearch } from '../../../src/lib/search-page/run-search.ts';
import { fixtureIndex } from '../search/fixture.ts';

let fx: Awaited<ReturnType<typeof fixtureIndex>>;
beforeAll(async () => {
  fx = await fixtureIndex();
});

describe('one search as the page shows it', () => {
  it('lists the engine ranking with incidents folded under their runbooks, with facets, highlights and the top fix', () => {
    const query = 'ERROR 1040 (HY000): Too many connections';
    const page = runSearch(fx.index, { q: query, filters: {} }, 'en');
    const engine = searchPool(fx.index, query, { limit: POOL });
    const folded = foldIncidents(engine);
    expect(page.results.map((r) => [r.id, r.incidents.map((i) => i.id)])).toEqual(folded.map((g) => [g.hit.id, g.incidents.map((i) => i.id)]));
    // Every hit of the pool is listed once, at top level or folded.
    expect(page.results.flatMap((r) => [r.id, ...r.incidents.map((i) => i.id)]).sort()).toEqual(engine.map((h) => h.id).sort());
    const first = page.results[0]!;
    expect(first.id).toBe('mysql-too-many-connections');
    expect(first.facets).toEqual({ category: 'database', severity: 'high', services: ['mysql', 'rds'], lang: 'ja' });
    expect(first.matched[0]!.filter((p) => p.mark).map((p) => p.text).join(' ')).toContain('Too many connections');
    expect(first.top?.title).toBe(engine[0]!.recommendations[0]!.title);
    expect(first.top?.evidence).toMatch(/^(resolved|mitigated) \d+ of \d+/);
    expect(first.incidents.map((i) => i.type)).toEqual(first.incidents.map(() => 'incident'));
    expect(first.top?.url).toBe(`/runbooks/${engine[0]!.recommendations[0]!.solution.replace('#', '/#')}`);
    expect(page.logLines).toBeUndefined();
  });

  it('narrows by a filter without reordering, and counts the other values', () => {
    const query = 'Too many connections';
    const all = runSearch(fx.index, { q: query, filters: {} }, 'en');
    const incidents = runSearch(fx.index, { q: query, filters: { type: 'incident' } }, 'en');
    expect(incidents.results.length).toBeGreaterThan(0);
    expect(incidents.results.every((r) => r.type === 'incident')).toBe(true);
    const engine = search(fx.index, query, { limit: POOL });
    expect(incidents.results.map((r) => r.id)).toEqual(engine.filter((h) => h.type === 'incident').map((h) => h.id));
    const typeCounts = Object.fromEntries(incidents.facets.type.map((f) => [f.value, f.count]));
    expect(typeCounts.runbook).toBe(all.results.filter((r) => r.type === 'runbook').length);
  });

  it('reports the lines of a pasted log the ranking used', () => {
    const log = ['2025-03-01T10:00:00Z INFO start', '2025-03-01T10:00:01Z ERROR ERROR 1040 (HY000): Too many connections', '    at Pool.get (pool.js:10)'].join('\n');
    const page = runSearch(fx.index, { q: log, filters: {} }, 'en');
    // Timestamp, level and stack frame dropped; the INFO line shows no trouble.
    expect(page.logLines).toEqual(['1040 (HY000): Too many connections']);
    expect(page.results[0]!.id).toBe('mysql-too-many-connections');
  });

  it('returns nothing for an empty query', () => {
    expect(runSearch(fx.index, { q: '  ', filters: {} }, 'en').results).toEqual([]);
  });
});

describe('did you mean', () => {
  it('replaces unknown words by the nearest vocabulary word, beyond the ranking typo tolerance', () => {
    expect(search(fx.index, 'ngnix bda gatwey')).toEqual([]);
    const suggestion = didYouMean(vocabularyOf(fx.index), 'ngnix bda gatwey');
    expect(suggestion).toBe('nginx bad gateway');
    expect(search(fx.index, suggestion!)[0]?.id).toBe('nginx-502-bad-gateway');
  });

  it('suggests nothing when every word is known or nothing is near', () => {
    expect(didYouMean(vocabularyOf(fx.index), 'nginx')).toBeUndefined();
    expect(didYouMean(vocabularyOf(fx.index), 'qqqqqqqqqq')).toBeUndefined();
  });
});
