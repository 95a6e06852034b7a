/** The glossary's order and its jump bar's groups. */
import { describe, expect, it } from 'vitest';
import { glossarySections, initialGroup } from '../../../src/lib/glossary/sections.ts';

const terms = (...names: string[]) => names.map((term) => ({ term, aliases: [], definition: 'd', related: [] }));
const layout = (names: string[], lang: 'en' | 'ja') =>
  glossarySections(terms(...names), lang).map((s) => `${s.label}: ${s.terms.map((t) => t.term).join(', ')}`);

describe('initialGroup', () => {
  it('puts each kana under its gojūon row, voiced, small and katakana forms included', () => {
    const rows = { あ: 'あいぁおヴ', か: 'かがコｶ', さ: 'さぞシ', た: 'たっどツ', な: 'なの', は: 'はぱぽフ', ま: 'まも', や: 'やゃよ', ら: 'らろ', わ: 'わをん' };
    for (const [row, kana] of Object.entries(rows)) for (const k of kana) expect(initialGroup(`${k}テスト`), k).toBe(row);
  });

  it('groups Latin by letter with accents and width folded, kanji together, the rest under #', () => {
    expect(['élan', 'Ｚｏｎｅ', 'max_connections', '接続プール', '502 Bad Gateway', '  ', '-x'].map(initialGroup)).toEqual([
      'E', 'Z', 'M', '漢字', '#', '#', '#',
    ]);
  });
});

describe('glossarySections', () => {
  it('sorts English terms case- and accent-insensitively, numbers by value', () => {
    expect(layout(['Timeout', 'inode', 'DNS', 'index', 'TLS', 'étag', 'Eviction', '504 x', '50 x'], 'en')).toEqual([
      '#: 50 x, 504 x',
      'D: DNS',
      'E: étag, Eviction',
      'I: index, inode',
      'T: Timeout, TLS',
    ]);
  });

  it('orders a Japanese glossary as a Japanese reader expects: Latin, then kana by row, then kanji', () => {
    expect(layout(['接続', 'タイムアウト', 'キャッシュ', 'DNS', 'あふれ', 'ガベージコレクション', 'フェイルオーバー'], 'ja')).toEqual([
      'D: DNS',
      'あ: あふれ',
      'か: ガベージコレクション, キャッシュ',
      'た: タイムアウト',
      'は: フェイルオーバー',
      '漢字: 接続',
    ]);
  });
});
