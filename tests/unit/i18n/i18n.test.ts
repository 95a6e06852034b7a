import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../src/lib/i18n/messages.ts';
import { localize, t } from '../../../src/lib/i18n/t.ts';
import { formatMinutes } from '../../../src/lib/i18n/format.ts';

describe('t', () => {
  it('answers in the language asked and fills placeholders', () => {
    expect(t('en', 'home.runbookCount', { count: 3 })).toBe('3 runbooks');
    expect(t('ja', 'home.runbookCount', { count: 3 })).toBe('ランブック 3 件');
  });

  it('has a non-empty string for every key in both languages', () => {
    const keys = Object.keys(MESSAGES.en);
    expect(Object.keys(MESSAGES.ja).sort()).toEqual([...keys].sort());
    for (const lang of ['en', 'ja'] as const) for (const key of keys) expect(MESSAGES[lang][key as 'site.nav']).not.toBe('');
  });
});

describe('localize', () => {
  it('picks the language, falls back to the other, and passes plain strings through', () => {
    expect(localize({ ja: '接続', en: 'Connections' }, 'ja')).toBe('接続');
    expect(localize({ ja: '接続' }, 'en')).toBe('接続');
    expect(localize('DNS', 'ja')).toBe('DNS');
  });
});

describe('formatMinutes', () => {
  it('writes hours and minutes in each language', () => {
    expect(formatMinutes(95, 'ja')).toBe('1時間35分');
    expect(formatMinutes(95, 'en')).toBe('1 h 35 min');
    expect(formatMinutes(1500, 'en')).toBe('1 d 1 h');
    expect(formatMinutes(0, 'ja')).toBe('0分');
  });
});
