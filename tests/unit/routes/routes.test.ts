import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRoutes, normalizeBase, rootRoutes } from '../../../src/lib/routes.ts';

describe('createRoutes', () => {
  it('gives every page its address from the site root', () => {
    const r = rootRoutes;
    expect([
      r.home(),
      r.runbook('disk-full'),
      r.runbook('disk-full', 'remove-old-logs'),
      r.solution('disk-full#remove-old-logs'),
      r.incident('2026-03-02-db'),
      r.path('first-week'),
      r.paths(),
      r.alert('Disk usage > 90%'),
      r.categories(),
      r.category('database/connections'),
      r.tag('MySQL 8'),
      r.glossary(),
      r.glossary('connection-pool'),
      r.search(),
      r.search('?q=disk'),
      r.stats(),
      r.searchIndex(),
      r.pagefind(),
      r.favicon(),
    ]).toEqual([
      '/',
      '/runbooks/disk-full/',
      '/runbooks/disk-full/#remove-old-logs',
      '/runbooks/disk-full/#remove-old-logs',
      '/incidents/2026-03-02-db/',
      '/paths/first-week/',
      '/paths/',
      '/alerts/Disk%20usage%20%3E%2090%25/',
      '/categories/',
      '/categories/database/connections/',
      '/tags/mysql-8/',
      '/glossary/',
      '/glossary/#connection-pool',
      '/search/',
      '/search/?q=disk',
      '/stats/',
      '/fixpath-index.json',
      '/pagefind/pagefind.js',
      '/favicon.svg',
    ]);
  });

  it('puts every address under a sub-path base', () => {
    const r = createRoutes('/kb/');
    expect([r.home(), r.runbook('a'), r.entry('incident', 'b'), r.search('?q=x'), r.searchIndex(), r.withBase('/runbooks/a/')]).toEqual([
      '/kb/',
      '/kb/runbooks/a/',
      '/kb/incidents/b/',
      '/kb/search/?q=x',
      '/kb/fixpath-index.json',
      '/kb/runbooks/a/',
    ]);
  });

  it('writes a base with one leading and one trailing slash however it was given', () => {
    expect(['', '/', 'kb', '/kb', 'kb/', '//kb//', '/docs/kb'].map(normalizeBase)).toEqual(['/', '/', '/kb/', '/kb/', '/kb/', '/kb/', '/docs/kb/']);
    expect(normalizeBase(undefined)).toBe('/');
  });

  it('never doubles a slash, whatever the base', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[/a-z]{0,12}$/), (base) => {
        const r = createRoutes(base);
        for (const url of [r.home(), r.runbook('x'), r.withBase('/x/'), r.withBase('x/')]) {
          expect(url.startsWith('/')).toBe(true);
          expect(url).not.toContain('//');
        }
      }),
    );
  });
});
