import { describe, expect, it } from 'vitest';
import { writeRunbookUrl } from '../../../src/lib/authoring/repo-links.ts';
import { pagePath, withoutShown } from '../../../src/lib/search-page/dedupe.ts';
import { matchGlossary } from '../../../src/lib/search-page/glossary-match.ts';
import { fillRunbookUrl, QUERY_SENTINEL } from '../../../src/lib/search-page/new-runbook.ts';

describe('full-text results without the entries already shown', () => {
  it('compares URLs as paths with a trailing slash', () => {
    expect(pagePath('http://h:1/runbooks/x/index.html?y#z')).toBe('/runbooks/x/');
    expect(pagePath('/runbooks/x')).toBe('/runbooks/x/');
  });

  it('drops shown pages and repeated pages, keeping order', () => {
    const items = [{ url: '/runbooks/a/' }, { url: '/glossary/' }, { url: '/runbooks/b/index.html' }, { url: '/glossary/index.html' }];
    expect(withoutShown(items, ['/runbooks/a/', '/runbooks/b'])).toEqual([{ url: '/glossary/' }]);
  });
});

describe('glossary terms a query names', () => {
  const items = [
    { term: 'Connection pool', aliases: ['コネクションプール', 'pool'], definition: '', anchor: 'connection-pool' },
    { term: 'DB', aliases: [], definition: '', anchor: 'db' },
  ];
  it('finds a term by an alias, width-folded, and Latin names only as words', () => {
    expect(matchGlossary(items, 'ｺﾈｸｼｮﾝﾌﾟｰﾙが足りない').map((i) => i.term)).toEqual(['Connection pool']);
    expect(matchGlossary(items, 'POOL exhausted, db down').map((i) => i.term)).toEqual(['Connection pool', 'DB']);
    expect(matchGlossary(items, 'dbus spool')).toEqual([]);
  });
});

describe('write a runbook for an empty search', () => {
  const template = writeRunbookUrl({ url: 'https://github.com/x/kb', contentPath: 'content' }, QUERY_SENTINEL, {
    lang: 'en',
    timeZone: 'UTC',
    now: Date.UTC(2026, 0, 2),
    category: 'database',
  })!;

  it('gives the same link as the build-time helper would for the query', () => {
    const query = 'Redis  OOM command not allowed';
    const expected = writeRunbookUrl({ url: 'https://github.com/x/kb', contentPath: 'content' }, query, {
      lang: 'en',
      timeZone: 'UTC',
      now: Date.UTC(2026, 0, 2),
      category: 'database',
    })!;
    const filled = new URL(fillRunbookUrl(template, query));
    const want = new URL(expected);
    expect(filled.searchParams.get('filename')).toBe(want.searchParams.get('filename'));
    expect(filled.searchParams.get('value')).toContain('title: "Redis OOM command not allowed"');
    expect(filled.searchParams.get('value')).toContain('  - "Redis OOM command not allowed"');
  });

  it('keeps quotes, colons and markup inside one YAML value and falls back to a generic file name', () => {
    const filled = new URL(fillRunbookUrl(template, '接続: "x" <img src=x onerror=alert(1)>'));
    expect(filled.searchParams.get('filename')).toBe('x-img-src-x-onerror-alert-1.mdx');
    expect(filled.searchParams.get('value')).toContain('title: "接続: \\"x\\" <img src=x onerror=alert(1)>"');
    expect(new URL(fillRunbookUrl(template, '接続できない')).searchParams.get('filename')).toBe('new-runbook.mdx');
  });
});
