import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPERATIONS_LEXICON } from '../../../src/lib/search/lexicon/operations.ts';
import { LexiconError, parseLexicon } from '../../../src/lib/search/lexicon/parse.ts';
import { tokenize } from '../../../src/lib/text/tokenize.ts';

/** The message parseLexicon throws for `text`, or a failure if it does not throw. */
function errorOf(text: string): string {
  try {
    parseLexicon(text);
  } catch (error) {
    expect(error).toBeInstanceOf(LexiconError);
    return (error as Error).message;
  }
  throw new Error(`parseLexicon accepted ${JSON.stringify(text)}`);
}

describe('parseLexicon', () => {
  it('reads synonym groups and symptom concepts, trimmed, skipping comments and blank lines', () => {
    const text = [
      '# network — source: test',
      '',
      '=  connection |接続| コネクション  ',
      '   ',
      '  # an indented comment',
      '~ site down | 落ちる =>  502 | bad gateway ',
    ].join('\n');
    expect(parseLexicon(text)).toEqual({
      synonyms: [['connection', '接続', 'コネクション']],
      concepts: [{ describe: ['site down', '落ちる'], means: ['502', 'bad gateway'] }],
    });
  });

  it('accepts CRLF line ends and an empty text', () => {
    expect(parseLexicon('= a | b\r\n~ x => y\r\n')).toEqual({
      synonyms: [['a', 'b']],
      concepts: [{ describe: ['x'], means: ['y'] }],
    });
    expect(parseLexicon('')).toEqual({ synonyms: [], concepts: [] });
  });

  it('keeps members as written; only the duplicate check folds width and case', () => {
    expect(parseLexicon('= Disk | ﾃﾞｨｽｸ').synonyms).toEqual([['Disk', 'ﾃﾞｨｽｸ']]);
    // A concept's terms may repeat a synonym's: concepts point at groups, they are not groups.
    expect(parseLexicon('= disk | ディスク\n~ disk full => disk').concepts).toHaveLength(1);
  });

  it('names the line and the problem, as text', () => {
    expect(errorOf('= a | b\n\nsite down')).toBe(
      'lexicon line 3: expected "= a | b" (synonym group), "~ a => b" (symptom concept), "#" (comment) or a blank line, got "site down"',
    );
    expect(errorOf(`- ${'x'.repeat(80)}`)).toBe(
      `lexicon line 1: expected "= a | b" (synonym group), "~ a => b" (symptom concept), "#" (comment) or a blank line, got "- ${'x'.repeat(58)}…"`,
    );
    expect(errorOf('= latency')).toBe('lexicon line 1: a synonym group needs at least 2 members, got 1 ("latency")');
    expect(errorOf('= a || b')).toBe('lexicon line 1: empty member in synonym group (two "|" in a row, or a "|" at an end)');
    expect(errorOf('=')).toBe('lexicon line 1: empty member in synonym group (two "|" in a row, or a "|" at an end)');
    expect(errorOf('= a | b |')).toBe('lexicon line 1: empty member in synonym group (two "|" in a row, or a "|" at an end)');
    expect(errorOf('= a | b => c')).toBe('lexicon line 1: "=>" belongs in a symptom concept ("~ …"), not in a synonym group');
    expect(errorOf('= a | b\n= c | A')).toBe(
      'lexicon line 2: "A" is already in the synonym group on line 1; a term belongs to one group only',
    );
    expect(errorOf('= ＤＩＳＫ | x\n# c\n= y | disk')).toBe(
      'lexicon line 3: "disk" is already in the synonym group on line 1; a term belongs to one group only',
    );
    expect(errorOf('= slow | 遅い | Slow')).toBe('lexicon line 1: "Slow" appears twice in this group');
    expect(errorOf('~ site down | 502')).toBe(
      'lexicon line 1: a symptom concept needs exactly one "=>" between descriptions and error texts',
    );
    expect(errorOf('~ a => b => c')).toBe(
      'lexicon line 1: a symptom concept needs exactly one "=>" between descriptions and error texts',
    );
    expect(errorOf('~ => 502')).toBe('lexicon line 1: empty member in descriptions (two "|" in a row, or a "|" at an end)');
    expect(errorOf('~ slow =>')).toBe('lexicon line 1: empty member in error texts (two "|" in a row, or a "|" at an end)');
  });

  it('carries the line number on the error', () => {
    try {
      parseLexicon('= a | b\n= c');
      expect.unreachable();
    } catch (error) {
      expect((error as LexiconError).line).toBe(2);
    }
  });

  // Characters that mean something to the format, so random texts reach every branch, mixed with
  // any code point (fast-check's own 'binary' unit spends seconds building its tables first).
  const formatUnit = fc.constantFrom('=', '~', '|', '=>', '>', '#', '\n', '\r\n', ' ', '\t', 'a', 'A', 'Ａ', '｜', '＝', '接続', 'ｶﾅ', '');
  const anyCodePoint = fc
    .integer({ min: 0, max: 0x10ffff })
    .filter((c) => c < 0xd800 || c > 0xdfff)
    .map((c) => String.fromCodePoint(c));

  it('never hangs or throws anything but its own error, and what it returns is well formed', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(formatUnit, anyCodePoint), maxLength: 200 }), (text) => {
        let lexicon;
        try {
          lexicon = parseLexicon(text);
        } catch (error) {
          expect(error).toBeInstanceOf(LexiconError);
          expect((error as Error).message).toMatch(/^lexicon line [1-9]\d*: /);
          return;
        }
        for (const group of lexicon.synonyms) {
          expect(group.length).toBeGreaterThanOrEqual(2);
          for (const member of group) expect(member).toBe(member.trim());
        }
        for (const { describe: d, means } of lexicon.concepts) {
          for (const member of [...d, ...means]) expect(member.trim()).not.toBe('');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('handles a large text (many lines, one huge line) without trouble', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => `= w${i}a | w${i}b`).join('\n');
    expect(parseLexicon(many).synonyms).toHaveLength(20_000);
    expect(errorOf(`= ${'|'.repeat(100_000)}`)).toMatch(/^lexicon line 1: empty member/);
  });
});

describe('OPERATIONS_LEXICON (the shipped data)', () => {
  const lexicon = parseLexicon(OPERATIONS_LEXICON);
  const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
  const LATIN = /[a-z]/;
  const bilingual = (members: string[]) => members.some((m) => JAPANESE.test(m)) && members.some((m) => LATIN.test(m));
  const SPELLING_SECTION = '# english spellings';

  it('parses, with enough groups and concepts', () => {
    expect(lexicon.synonyms.length).toBeGreaterThanOrEqual(420);
    expect(lexicon.concepts.length).toBeGreaterThanOrEqual(60);
  });

  it('is bilingual: every group mixes Japanese and latin script unless it is in the English spelling section', () => {
    let section = '';
    const monolingualOutside: string[] = [];
    for (const raw of OPERATIONS_LEXICON.split('\n')) {
      const line = raw.trim();
      if (line.startsWith('#')) section = line;
      if (!line.startsWith('=')) continue;
      const members = line.slice(1).split('|').map((m) => m.trim());
      if (!bilingual(members) && !section.startsWith(SPELLING_SECTION)) monolingualOutside.push(line);
    }
    expect(monolingualOutside).toEqual([]);
    expect(lexicon.synonyms.filter(bilingual).length).toBeGreaterThanOrEqual(380);
    // Spelling groups are English only: a Japanese-only group would be a bilingual group half written.
    expect(lexicon.synonyms.filter((g) => !bilingual(g) && g.some((m) => JAPANESE.test(m)))).toEqual([]);
  });

  it('describes every symptom concept in both languages', () => {
    expect(lexicon.concepts.filter((c) => !bilingual(c.describe))).toEqual([]);
  });

  it('puts no term in two groups, even after the tokenizer folds plurals and drops stopwords', () => {
    // The parser compares normalised text; the engine compares tokens, so `a record` (→ record)
    // and `records` (→ record) would join two groups there. Key a member by its token sequence.
    const owner = new Map<string, string[]>();
    const clashes: string[] = [];
    for (const group of lexicon.synonyms) {
      for (const member of group) {
        const key = tokenize(member).map((t) => t.term).join(' ');
        const other = owner.get(key);
        if (other && other !== group) clashes.push(`${member} (${group[0]}) vs ${other[0]}`);
        owner.set(key, group);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('holds terms and short phrases, never sentences, in lower case', () => {
    const all = [...lexicon.synonyms.flat(), ...lexicon.concepts.flatMap((c) => [...c.describe, ...c.means])];
    // Words as an English reader counts them (`err_too_many_redirects` is one identifier, `won't` one word).
    expect(all.filter((m) => (m.match(/[a-z0-9_']+/gi) ?? []).length > 3)).toEqual([]);
    expect(all.filter((m) => m !== m.toLowerCase())).toEqual([]);
  });

  it('names the source of every section', () => {
    const sections = OPERATIONS_LEXICON.split('\n').filter((l) => l.trim().startsWith('#'));
    expect(sections.length).toBeGreaterThan(10);
    expect(sections.filter((l) => !/^# \S.* — source: \S/.test(l.trim()))).toEqual([]);
  });
});
