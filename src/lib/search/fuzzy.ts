/**
 * Typo tolerance: a query word absent from the vocabulary (`conection`, `ECONREFUSED`) is replaced
 * by the vocabulary words within a small edit distance. Candidates come from a trigram index of
 * the vocabulary (an edit destroys at most three trigrams), then an exact bounded
 * Damerau-Levenshtein check. Built lazily, once per index, on the first word that needs it.
 *
 * Why not fuse.js: it scores a pattern against every string of a list (Bitap per entry), so a
 * lookup costs the whole vocabulary each time; the trigram index only touches words that share
 * trigrams with the typo (bench/fuzzy.ts measures both).
 */
/** The vocabulary, or a part of it: term by id (a sparse array when partial). */
export interface Vocabulary {
  terms: readonly string[];
}

export interface FuzzyMatch {
  id: number;
  distance: number;
}

/** Words this short are left alone: one edit would make them another word. */
export const MIN_FUZZY_LENGTH = 5;
const MAX_FUZZY_LENGTH = 40;
const MAX_MATCHES = 3;
const FUZZY_TERM = /^[a-z][a-z0-9_]*$/;

/** Edits allowed for a word of this length: 1 up to 7 characters, 2 from 8. */
export function maxDistance(length: number): number {
  return length < MIN_FUZZY_LENGTH || length > MAX_FUZZY_LENGTH ? 0 : length < 8 ? 1 : 2;
}

function trigrams(term: string): string[] {
  const padded = `\u0002${term}\u0003`;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3));
  return [...new Set(grams)];
}

/** Optimal string alignment distance (adjacent swaps count one), or limit + 1 once it exceeds limit. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, limit + 1);
}

const gramIndexes = new WeakMap<Vocabulary, Map<string, number[]>>();

function gramIndex(index: Vocabulary): Map<string, number[]> {
  let grams = gramIndexes.get(index);
  if (grams) return grams;
  grams = new Map();
  index.terms.forEach((term, id) => {
    if (term.length < MIN_FUZZY_LENGTH - 1 || !FUZZY_TERM.test(term)) return;
    for (const gram of trigrams(term)) {
      const ids = grams!.get(gram);
      if (ids) ids.push(id);
      else grams!.set(gram, [id]);
    }
  });
  gramIndexes.set(index, grams);
  return grams;
}

/** Vocabulary words close to a word the vocabulary lacks, nearest first (ties: by term). */
export function fuzzyMatches(index: Vocabulary, term: string): FuzzyMatch[] {
  const limit = maxDistance(term.length);
  if (!limit || !FUZZY_TERM.test(term)) return [];
  const grams = gramIndex(index);
  const shared = new Map<number, number>();
  const own = trigrams(term);
  for (const gram of own) for (const id of grams.get(gram) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
  const needed = Math.max(1, own.length - 3 * limit);
  const matches: FuzzyMatch[] = [];
  for (const [id, count] of shared) {
    if (count < needed) continue;
    const distance = editDistance(term, index.terms[id]!, limit);
    if (distance <= limit) matches.push({ id, distance });
  }
  return matches
    .sort((a, b) => a.distance - b.distance || (index.terms[a.id]! < index.terms[b.id]! ? -1 : 1))
    .slice(0, MAX_MATCHES);
}
