import { describe, expect, it } from 'vitest';
import { fillMessage } from '../../../src/lib/i18n/fill.ts';
import { t } from '../../../src/lib/i18n/t.ts';

describe('plural forms (Intl.PluralRules)', () => {
  it('English counts one and many in their own words', () => {
    expect(t('en', 'home.runbookCount', { count: 1 })).toBe('1 runbook');
    expect(t('en', 'home.runbookCount', { count: 0 })).toBe('0 runbooks');
    expect(t('en', 'home.runbookCount', { count: 2 })).toBe('2 runbooks');
    expect(t('en', 'search.count', { count: 1 })).toBe('1 result');
    expect(t('en', 'stats.ageDays', { count: 1 })).toBe('1 day');
    expect(t('en', 'stats.intro', { incidents: t('en', 'count.incidents', { count: 1 }), runbooks: t('en', 'count.runbooks', { count: 3 }), timezone: 'UTC' })).toMatch(
      /^1 incident and 3 runbooks\. /,
    );
  });

  it('Japanese has one form', () => {
    expect(t('ja', 'home.runbookCount', { count: 1 })).toBe('ランブック 1 件');
    expect(t('ja', 'search.count', { count: 1 })).toBe('1 件');
  });

  it('a plural message without a count takes the "other" form; placeholders it lacks stay visible', () => {
    expect(fillMessage({ one: '{count} item', other: '{count} items' }, {}, 'en')).toBe('{count} items');
    expect(fillMessage('{a} and {b}', { a: 1 }, 'en')).toBe('1 and {b}');
  });
});
