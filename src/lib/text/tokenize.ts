/**
 * Text → weighted tokens, the same for documents and queries.
 *
 * - Latin (and every other spaced script) words, lower-cased, plurals folded (`connections` →
 *   `connection`); `max_connections` and `OOMKilled` also give their parts at half weight.
 * - Runs of Japanese (Han, Hiragana, Katakana), inflections folded (inflection.ts: `落ちた`,
 *   `落ちている` → `落ち`), give character bigrams, always: they do not depend
 *   on a dictionary, so Node and the browser index and query them identically whatever their ICU
 *   version (pagefind#1237). Intl.Segmenter words of three or more characters are added at half
 *   weight as a bonus for whole-word matches; a bigram never depends on them.
 * - Variable parts of log lines arrive as placeholders (`<ip>`, see mask.ts) and weigh little.
 */
import { foldJapanese } from './inflection.ts';
import { maskVariables } from './mask.ts';
import { foldWidth } from './normalize.ts';

export interface Token {
  readonly term: string;
  /** How much the token says about the text: 1 for a word or bigram, less for weaker evidence. */
  readonly weight: number;
}

export const WEIGHT = {
  word: 1,
  /** A part of a compound word (`max` of `max_connections`). */
  part: 0.5,
  bigram: 1,
  /** A bigram of hiragana only: mostly grammar (`した`, `ない`). */
  kanaBigram: 0.4,
  /** A lone Japanese character between other scripts. */
  unigram: 0.5,
  /** An Intl.Segmenter word; a bonus on top of its bigrams. */
  segment: 0.5,
  placeholder: 0.3,
} as const;

const JA = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u30FC\\u3005';
const JAPANESE_RUN = `[${JA}]+`;
const OTHER_WORD = `(?:(?![${JA}])[\\p{L}\\p{M}\\p{N}_])+`;
// One scan, three alternatives: a placeholder, a Japanese run, a word of any other script.
const TOKEN = new RegExp(`(<[a-z]+>)|(${JAPANESE_RUN})|(${OTHER_WORD})`, 'gu');
// The same runs without placeholders, for reading a text that was not masked (runsOf).
const RUN = new RegExp(`(${JAPANESE_RUN})|${OTHER_WORD}`, 'gu');
const HIRAGANA_ONLY = /^\p{Script=Hiragana}+$/u;
const COMPOUND_SPLIT = /_+|(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u;

// Words that carry no meaning in a symptom. Kept small on purpose: `too`, `not`, `no` and `many`
// are the point of many error messages.
const STOPWORDS = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'is', 'it', 'of', 'on', 'or', 'the', 'this', 'that', 'to', 'was', 'with']);

const SEGMENT_CHUNK = 64;
const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('ja', { granularity: 'word' }) : undefined;

/** Fold English plurals so that `connection` finds `connections`; other words are left alone. */
export function stem(word: string): string {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

function pushWord(word: string, out: Token[]): void {
  const whole = stem(word.toLowerCase());
  if (STOPWORDS.has(whole)) return;
  out.push({ term: whole, weight: WEIGHT.word });
  const parts = word.split(COMPOUND_SPLIT);
  if (parts.length < 2) return;
  for (const part of parts) {
    const term = stem(part.toLowerCase());
    if (term.length > 1 && term !== whole && !STOPWORDS.has(term)) out.push({ term, weight: WEIGHT.part });
  }
}

function pushJapanese(text: string, out: Token[]): void {
  const run = foldJapanese(text);
  const chars = Array.from(run);
  if (chars.length === 1) {
    out.push({ term: run, weight: WEIGHT.unigram });
    return;
  }
  for (let i = 0; i + 1 < chars.length; i++) {
    const term = chars[i]! + chars[i + 1]!;
    out.push({ term, weight: HIRAGANA_ONLY.test(term) ? WEIGHT.kanaBigram : WEIGHT.bigram });
  }
  if (!segmenter || chars.length < 3) return;
  // ICU's dictionary break iterator slows down more than linearly on very long runs; sentences
  // are far shorter than SEGMENT_CHUNK, and a word cut at a chunk edge only loses its bonus.
  for (let start = 0; start < chars.length; start += SEGMENT_CHUNK) {
    for (const { segment, isWordLike } of segmenter.segment(chars.slice(start, start + SEGMENT_CHUNK).join(''))) {
      // Two-character words are already bigrams; shorter ones are grammar.
      if (isWordLike && Array.from(segment).length >= 3) out.push({ term: segment, weight: WEIGHT.segment });
    }
  }
}

// The tokens of a word or Japanese run depend on nothing else, and the same ones recur across
// every entry (`接続`, `connection`): each is worked out once (the segmenter and the compound split
// are most of the tokenizer's time). Bounded in count and in run length, so a paste of unique
// words or one huge run cannot make it grow.
const RUN_CACHE_SIZE = 50_000;
const MAX_CACHED_RUN = 64;
const runCache = new Map<string, readonly Token[]>();

function pushRun(run: string, tokenizeRun: (run: string, out: Token[]) => void, out: Token[]): void {
  if (run.length > MAX_CACHED_RUN) return tokenizeRun(run, out);
  let tokens = runCache.get(run);
  if (!tokens) {
    const fresh: Token[] = [];
    tokenizeRun(run, fresh);
    tokens = fresh.map((t) => Object.freeze(t));
    if (runCache.size >= RUN_CACHE_SIZE) runCache.clear();
    runCache.set(run, tokens);
  }
  for (const token of tokens) out.push(token);
}

/** A stretch of text the tokenizer reads as one unit: a Japanese run or a word of another script. */
export interface Run {
  text: string;
  /** Where the run starts in the text it was read from. */
  index: number;
  japanese: boolean;
}

/**
 * The runs of a text as tokenize cuts them, at their offsets in the text as given (not folded or
 * masked): for mapping tokens back onto what the author wrote (src/lib/search-page/highlight.ts).
 */
export function runsOf(text: string): Run[] {
  return Array.from(text.matchAll(RUN), (m) => ({ text: m[0], index: m.index, japanese: m[1] !== undefined }));
}

/** The tokens tokenize gives one run (width-folded first, as tokenize folds the whole text). */
export function runTokens(run: Run): readonly Token[] {
  const out: Token[] = [];
  pushRun(foldWidth(run.text), run.japanese ? pushJapanese : pushWord, out);
  return out;
}

/** Tokens of a text in reading order (duplicates kept: callers count them). Tokens are shared: read only. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const [, placeholder, japanese, word] of maskVariables(foldWidth(text)).matchAll(TOKEN)) {
    if (placeholder) out.push({ term: placeholder, weight: WEIGHT.placeholder });
    else if (japanese) pushRun(japanese, pushJapanese, out);
    else if (word) pushRun(word, pushWord, out);
  }
  return out;
}
