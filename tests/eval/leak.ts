/**
 * Evaluation and knowledge stay apart: a text the engine knows (a glossary alias, a lexicon
 * member, a string constant of the engine's code) must not be an evaluation query, nor hold four
 * or more consecutive words of one. Otherwise the evaluation measures what was copied into the
 * engine, not how it generalises.
 *
 * Words, in the normalised text (normalizeText: NFKC, lower case): a Latin identifier with inner
 * `-`, `_`, `.` (`access-control-allow-origin`); a run of katakana (with ー); a run of kanji with
 * the hiragana after it (`見られない`, `枯渇して`: okurigana and particles go with their word); a
 * run of hiragana alone. Japanese thus counts words, not characters or bigrams, without a
 * dictionary (ICU's cuts `コネクション` into three and `見られない` into four).
 *
 * A query that is one term (one word: `timeout`, `redis`; or one kanji compound: `接続数`) is
 * what a lexicon and a glossary are made of: equality counts only for the other queries.
 */
import { normalizeText } from '../../src/lib/text/normalize.ts';

/** Consecutive words of a query that a known text may not hold. */
export const MAX_SHARED_RUN = 4;

const LATIN = '(?:(?![\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー])[\\p{L}\\p{N}])+';
const WORD = new RegExp(
  `[\\p{Script=Katakana}ー]+|\\p{Script=Han}+\\p{Script=Hiragana}*|\\p{Script=Hiragana}+|${LATIN}(?:[-_.]${LATIN})*`,
  'gu',
);
const KANJI_COMPOUND = /^\p{Script=Han}+$/u;

export function words(text: string): string[] {
  return normalizeText(text).match(WORD) ?? [];
}

export interface Known {
  /** Where the text comes from, as a reader would find it: `sample glossary: Redis`. */
  source: string;
  text: string;
}

export interface Leak {
  source: string;
  text: string;
  query: string;
  why: string;
}

/** Every known text equal to a query, or holding MAX_SHARED_RUN consecutive words of one. */
export function findLeaks(known: readonly Known[], queries: readonly string[]): Leak[] {
  // Every run of MAX_SHARED_RUN consecutive query words → the query it came from.
  const runs = new Map<string, string>();
  const whole = new Map<string, string>();
  for (const query of queries) {
    const w = words(query);
    if (w.length > 1 && !KANJI_COMPOUND.test(normalizeText(query))) whole.set(w.join(' '), query);
    for (let i = 0; i + MAX_SHARED_RUN <= w.length; i++) runs.set(w.slice(i, i + MAX_SHARED_RUN).join(' '), query);
  }
  const leaks: Leak[] = [];
  for (const { source, text } of known) {
    const w = words(text);
    const equal = whole.get(w.join(' '));
    if (equal !== undefined) {
      leaks.push({ source, text, query: equal, why: 'equals the query' });
      continue;
    }
    for (let i = 0; i + MAX_SHARED_RUN <= w.length; i++) {
      const query = runs.get(w.slice(i, i + MAX_SHARED_RUN).join(' '));
      if (query !== undefined) {
        leaks.push({ source, text, query, why: `holds "${w.slice(i, i + MAX_SHARED_RUN).join(' ')}" of the query` });
        break;
      }
    }
  }
  return leaks;
}

/**
 * The string literals of a TypeScript source, comments skipped (a comment may quote an example
 * query; it is not something the engine matches with). Template literals count whole.
 */
export function stringLiterals(source: string): string[] {
  const out: string[] = [];
  const TOKEN = /\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\[\s\S])*`/g;
  for (const [token] of source.matchAll(TOKEN)) {
    if (token.startsWith('/')) continue;
    out.push(token.slice(1, -1));
  }
  return out;
}
