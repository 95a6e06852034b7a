import { describe, expect, it } from 'vitest';
import { countFacets, matchesFilters, type Facetable } from '../../../src/lib/search-page/facets.ts';

const doc = (type: Facetable['type'], category: string | undefined, severity: string, services: string[], lang = 'ja'): Facetable => ({
  type,
  facets: { category, severity, services, lang },
});
const DOCS = [
  doc('runbook', 'database', 'high', ['mysql', 'rds']),
  doc('runbook', 'database', 'medium', ['postgresql']),
  doc('incident', 'database', 'high', ['mysql']),
  doc('runbook', 'storage', 'high', [], 'en'),
  doc('incident', undefined, 'low', ['mysql']),
];

describe('search page filters and counts', () => {
  it('passes a doc only when every active filter matches, services by membership', () => {
    expect(DOCS.filter((d) => matchesFilters(d, { service: 'mysql', severity: 'high' }))).toEqual([DOCS[0], DOCS[2]]);
    expect(DOCS.filter((d) => matchesFilters(d, { category: 'database' })).length).toBe(3);
  });

  it('counts each value with the other filters applied, most frequent first', () => {
    const counts = countFacets(DOCS, { type: 'runbook' });
    // The type filter does not narrow its own counts: the reader sees how many incidents there are.
    expect(counts.type).toEqual([
      { value: 'runbook', count: 3 },
      { value: 'incident', count: 2 },
    ]);
    expect(counts.severity).toEqual([
      { value: 'high', count: 2 },
      { value: 'medium', count: 1 },
    ]);
    expect(counts.service).toEqual([
      { value: 'mysql', count: 1 },
      { value: 'postgresql', count: 1 },
      { value: 'rds', count: 1 },
    ]);
    expect(counts.lang).toEqual([
      { value: 'ja', count: 2 },
      { value: 'en', count: 1 },
    ]);
  });

  it('keeps an active value that no hit has, with count 0, so it can be switched off', () => {
    expect(countFacets(DOCS, { service: 'redis' }).service).toContainEqual({ value: 'redis', count: 0 });
  });
});
