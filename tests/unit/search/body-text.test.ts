import { describe, expect, it } from 'vitest';
import { bodyText } from '../../../src/lib/search/body-text.ts';

describe('bodyText', () => {
  it('keeps headings, prose and code apart as lines', () => {
    expect(bodyText('## 概要\n\n接続が溢れる。`SHOW PROCESSLIST;` で見る。\n\n```sh\ndf -h\n```\n').split('\n')).toEqual([
      '概要', '接続が溢れる。', 'SHOW PROCESSLIST;', ' で見る。', 'df -h',
    ]);
  });

  it('drops MDX code but keeps the text inside JSX', () => {
    expect(bodyText('export const x = 1\n\n<Note>Check the pool</Note>\n\n{1 + 1}\n')).toBe('Check the pool');
  });

  it('reads a body that is not valid MDX as markdown', () => {
    expect(bodyText('a { b')).toBe('a { b');
  });
});
