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
