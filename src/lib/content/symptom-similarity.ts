/**
 * How alike two symptoms read, 0..1: the cosine of their token vectors (the search's tokenizer:
 * words, Japanese bigrams, masked variable parts) weighted by how rare each token is among all the
 * symptoms, so that `ERROR 1040` weighs more than `error`. Small and self-contained: the validator
 * compares symptoms with each other, not with a query.
 */
import { tokenize } from '../text/tokenize.ts';

export interface SymptomModel {
  /** The vector of a text, L2-normalised. */
  vector(text: string): Map<string, number>;
}

/** A model whose token rarity is measured over `corpus` (every symptom of the knowledge base). */
export function symptomModel(corpus: readonly string[]): SymptomModel {
  const df = new Map<string, number>();
  for (const text of corpus) for (const term of new Set(tokenize(text).map((t) => t.term))) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = (term: string) => Math.log(1 + (corpus.length + 1) / ((df.get(term) ?? 0) + 0.5));
  return {
    vector(text) {
      const weights = new Map<string, number>();
      for (const { term, weight } of tokenize(text)) weights.set(term, (weights.get(term) ?? 0) + weight * idf(term));
      const norm = Math.hypot(...weights.values());
      return new Map(norm ? [...weights].map(([t, w]) => [t, w / norm]) : []);
    },
  };
}

export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, w] of small) dot += w * (large.get(term) ?? 0);
  return Math.min(1, dot);
}

/**
 * For each vector, the others whose cosine with it may reach `threshold`, in ascending order; the
 * rest cannot (prefix filtering, Bayardo et al. 2007). Terms are ordered rarest first; each vector
 * is indexed under its leading terms only, up to where the norm of what remains drops below the
 * threshold: two vectors that share no indexed term then have a dot product below it (by
 * Cauchy-Schwarz on the remainder). Common words fall in the unindexed tail, so each vector meets
 * the few that share a rare term with it, not every other one: linear in practice, not quadratic.
 * A pair that reaches the threshold shares an indexed term of each side, so both see each other.
 */
export function candidatePairs(vectors: readonly Map<string, number>[], threshold: number): number[][] {
  const df = new Map<string, number>();
  for (const vector of vectors) for (const term of vector.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const rarestFirst = (a: string, b: string) => df.get(a)! - df.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
  const postings = new Map<string, number[]>();
  vectors.forEach((vector, i) => {
    const terms = [...vector.keys()].sort(rarestFirst);
    let remaining = 0;
    for (const w of vector.values()) remaining += w * w;
    for (const term of terms) {
      // A hair below the threshold, so rounding never drops a pair that reaches it exactly.
      if (Math.sqrt(remaining) < threshold - 1e-9) break;
      const list = postings.get(term);
      if (list) list.push(i);
      else postings.set(term, [i]);
      remaining -= vector.get(term)! ** 2;
    }
  });
  return vectors.map((vector, i) => {
    const found = new Set<number>();
    for (const term of vector.keys()) for (const j of postings.get(term) ?? []) if (j !== i) found.add(j);
    return [...found].sort((a, b) => a - b);
  });
}
