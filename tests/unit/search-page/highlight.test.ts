import { describe, expect, it } from 'vitest';
import { highlightRanges, queryTerms, splitHighlighted } from '../../../src/lib/search-page/highlight.ts';

const marked = (text: string, query: string) =>
  splitHighlighted(text, highlightRanges(text, queryTerms(query)))
    .filter((p) => p.mark)
    .map((p) => p.text);

describe('highlighting the matched text of a symptom', () => {
  it('marks the words the query shares, plural and case folded', () => {
    expect(marked('ERROR 1040 (HY000): Too many connections', 'too many connection')).toEqual(['Too many connections']);
  });

  it('marks full-width query words in ASCII text and keeps original offsets', () => {
    const text = 'ERROR 1040 (HY000): Too many connections';
    expect(marked(text, 'ＥＲＲＯＲ　１０４０')).toEqual(['ERROR 1040']);
  });

  it('marks Japanese by the character pairs the query shares', () => {
    // The particle が is no search term (the tokenizer drops particles), so only 上限 is marked:
    // highlighting follows the tokenizer's own tokens.
    expect(marked('DatabaseConnections メトリクスが上限に張り付く', '接続数が上限')).toEqual(['上限']);
    expect(marked('接続数が上限に達する', '接続 上限')).toEqual(['接続', '上限']);
    expect(marked('接続数 上限', '接続 上限')).toEqual(['接続', '上限']);
  });

  it('cuts a text into pieces that join back to it', () => {
    const text = 'connect ECONNREFUSED 10.0.0.1:5432';
    const pieces = splitHighlighted(text, highlightRanges(text, queryTerms('econnrefused')));
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(['ECONNREFUSED']);
  });

  it('marks what the engine matched: a compound word by its part, a lone Japanese character', () => {
    expect(marked('max_connections reached', 'connections')).toEqual(['max_connections']);
    expect(marked('OOMKilled pods', 'killed')).toEqual(['OOMKilled']);
    expect(marked('エラー 5 件', '件')).toEqual(['件']);
  });

  it('marks nothing when nothing is shared', () => {
    expect(highlightRanges('disk full', queryTerms('redis'))).toEqual([]);
  });
});
