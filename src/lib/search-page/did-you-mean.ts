/**
 * "Did you mean" for a search that found nothing: each query word the index does not know is
 * replaced by the nearest word of its vocabulary, with more edits allowed than the ranking's own
 * typo tolerance (which already failed). Runs only on an empty result, so a pass over the
 * vocabulary is affordable.
 */
import { editDistance } from '../search/fuzzy.ts';
import type { ShardedIndex } from '../search/shards/read.ts';
import type { SearchIndex } from '../search/types.ts';
import { stem } from '../text/tokenize.ts';
import { foldWidth } from '../text/normalize.ts';

const LATIN_WORD = /[a-z][a-z0-9_]*/gi;
const VOCABULARY_TERM = /^[a-z][a-z0-9_]{2,}$/;

/** Edits allowed when suggesting: 1 up to 4 characters, 2 up to 8, then 3. */
const allowed = (length: number) => (length <= 4 ? 1 : length <= 8 ? 2 : 3);

/**
 * The words suggestions are made from: every Latin word of the vocabulary within a few
 * characters' length of the query's words (by ascending term id), with how many docs hold it.
 */
export interface SuggestionVocabulary {
  has(term: string): boolean;
  words: readonly { term: string; df: number }[];
}

/** The whole vocabulary of an in-memory index. */
export function vocabularyOf(index: SearchIndex): SuggestionVocabulary {
  return { has: (term) => index.termIds.has(term), words: index.terms.map((term, id) => ({ term, df: index.postings[id]!.length })) };
}

/** The query's words as the vocabulary would hold them. */
const queryWords = (query: string) => (foldWidth(query).match(LATIN_WORD) ?? []).map((word) => stem(word.toLowerCase()));

/** The part of a sharded index's vocabulary a suggestion for `query` may need (read on demand). */
export async function shardedVocabulary(index: ShardedIndex, query: string): Promise<SuggestionVocabulary> {
  const lengths = [...new Set(queryWords(query).map((term) => term.length).filter((length) => length >= 3))];
  const byId = new Map<number, { term: string; df: number }>();
  for (const length of lengths) for (const word of await index.wordsNear(length, allowed(length))) byId.set(word.id, word);
  const words = [...byId].sort((a, b) => a[0] - b[0]).map(([, word]) => word);
  const known = new Set(words.map((word) => word.term));
  return { has: (term) => known.has(term), words };
}

const before = (a: number[], b: number[]) => {
  const i = a.findIndex((value, k) => value !== b[k]);
  return i >= 0 && a[i]! < b[i]!;
};

/** Fewest edits first; then the closest length (`gatwey` → `gateway`, not `gate`); then the commoner word. */
function nearest(vocabulary: SuggestionVocabulary, word: string): string | undefined {
  const limit = allowed(word.length);
  let best: { term: string; key: [number, number, number] } | undefined;
  for (const { term, df } of vocabulary.words) {
    if (!VOCABULARY_TERM.test(term) || Math.abs(term.length - word.length) > limit) continue;
    const distance = editDistance(word, term, limit);
    if (distance > limit) continue;
    const key: [number, number, number] = [distance, Math.abs(term.length - word.length), -df];
    if (!best || before(key, best.key)) best = { term, key };
  }
  return best?.term;
}

/** A corrected query, or undefined when every word is known or none has a near neighbour. */
export function didYouMean(vocabulary: SuggestionVocabulary, query: string): string | undefined {
  let changed = false;
  const corrected = foldWidth(query).replace(LATIN_WORD, (word) => {
    const term = stem(word.toLowerCase());
    if (term.length < 3 || vocabulary.has(term)) return word;
    const near = nearest(vocabulary, term);
    if (!near) return word;
    changed = true;
    return near;
  });
  return changed ? corrected.trim() : undefined;
}
