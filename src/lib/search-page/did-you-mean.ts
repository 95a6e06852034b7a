/**
 * "Did you mean" for a search that found nothing: each query word the index does not know is
 * replaced by the nearest word of its vocabulary, with more edits allowed than the ranking's own
 * typo tolerance (which already failed). Runs only on an empty result, so a pass over the
 * vocabulary is affordable.
 */
import { editDistance } from '../search/fuzzy.ts';
import type { SearchIndex } from '../search/types.ts';
import { stem } from '../text/tokenize.ts';
import { foldWidth } from '../text/normalize.ts';

const LATIN_WORD = /[a-z][a-z0-9_]*/gi;
const VOCABULARY_TERM = /^[a-z][a-z0-9_]{2,}$/;

/** Edits allowed when suggesting: 1 up to 4 characters, 2 up to 8, then 3. */
const allowed = (length: number) => (length <= 4 ? 1 : length <= 8 ? 2 : 3);

const before = (a: number[], b: number[]) => {
  const i = a.findIndex((value, k) => value !== b[k]);
  return i >= 0 && a[i]! < b[i]!;
};

/** Fewest edits first; then the closest length (`gatwey` → `gateway`, not `gate`); then the commoner word. */
function nearest(index: SearchIndex, word: string): string | undefined {
  const limit = allowed(word.length);
  let best: { term: string; key: [number, number, number] } | undefined;
  index.terms.forEach((term, id) => {
    if (!VOCABULARY_TERM.test(term) || Math.abs(term.length - word.length) > limit) return;
    const distance = editDistance(word, term, limit);
    if (distance > limit) return;
    const key: [number, number, number] = [distance, Math.abs(term.length - word.length), -index.postings[id]!.length];
    if (!best || before(key, best.key)) best = { term, key };
  });
  return best?.term;
}

/** A corrected query, or undefined when every word is known or none has a near neighbour. */
export function didYouMean(index: SearchIndex, query: string): string | undefined {
  let changed = false;
  const corrected = foldWidth(query).replace(LATIN_WORD, (word) => {
    const term = stem(word.toLowerCase());
    if (term.length < 3 || index.termIds.has(term)) return word;
    const near = nearest(index, term);
    if (!near) return word;
    changed = true;
    return near;
  });
  return changed ? corrected.trim() : undefined;
}
