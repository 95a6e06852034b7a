/** The 404 page's search: the missing address's words. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wordsFromPath } from '../../../src/lib/site/not-found.ts';

describe('wordsFromPath', () => {
  it('turns a stale runbook address into its words', () => {
    expect(wordsFromPath('/runbooks/mysql-too-many/')).toBe('mysql too many');
    expect(wordsFromPath('/kb/runbooks/mysql-too-many/', '/kb/')).toBe('mysql too many');
  });

  it('decodes Japanese, drops section names and extensions, keeps badly encoded parts', () => {
    expect(wordsFromPath('/tags/%E6%8E%A5%E7%B6%9A/')).toBe('接続');
    expect(wordsFromPath('/docs/disk_full.html')).toBe('docs disk full');
    expect(wordsFromPath('/incidents/2021-02-06-rds%ZZ/')).toBe('2021 02 06 rds%ZZ');
    expect(wordsFromPath('/kb/', '/kb/')).toBe('');
  });

  it('never throws and gives words without separators (any address)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 20 }), { maxLength: 6 }), (segments) => {
        const words = wordsFromPath(`/${segments.join('/')}`);
        expect(words).not.toMatch(/^\s|\s$|\s\s|[/+]/);
      }),
    );
  }, 30_000);
});
