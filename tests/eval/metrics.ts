/**
 * Ranking-quality measures for the search evaluation. A query may have several right answers
 * (a vague query such as `DB遅い`); the first right answer decides the reciprocal rank, and recall
 * is capped by the number of answers so that a query with three answers can still score 1 at @1.
 *
 * A query with no right answer (kind `nomatch`: nothing in the knowledge base answers it) scores
 * 1 on every measure when the engine returns nothing or only hits it marks weak, 0 when it offers
 * anything as an answer: showing unrelated entries as answers is the failure it measures.
 */

/** One query's outcome: the ids the engine returned (best first) and the ids that answer it. */
export interface Judged {
  ranked: readonly string[];
  expect: readonly string[];
  /** Parallel to ranked: the engine marked that hit as a weak match. */
  weak?: readonly boolean[];
}

/** A query with no right answer: 1 when nothing is offered as an answer, else 0. */
function honest({ ranked, weak }: Judged): number {
  return ranked.every((_, i) => weak?.[i]) ? 1 : 0;
}

/** 1-based position of the first right answer within the top `k`; undefined when none is there. */
export function firstHit({ ranked, expect }: Judged, k: number): number | undefined {
  const index = ranked.slice(0, k).findIndex((id) => expect.includes(id));
  return index < 0 ? undefined : index + 1;
}

/** 1 / rank of the first right answer in the top `k`, 0 when none. */
export function reciprocalRank(judged: Judged, k = 10): number {
  if (!judged.expect.length) return honest(judged);
  const rank = firstHit(judged, k);
  return rank ? 1 / rank : 0;
}

/** Share of the right answers found in the top `k`, out of at most `k` (capped recall). */
export function recallAt(judged: Judged, k: number): number {
  if (!judged.expect.length) return honest(judged);
  const found = new Set(judged.ranked.slice(0, k).filter((id) => judged.expect.includes(id))).size;
  return found / Math.min(k, judged.expect.length);
}

export interface Scores {
  queries: number;
  mrr10: number;
  recall1: number;
  recall3: number;
}

/** Means over a set of queries; all zero for an empty set. */
export function summarise(results: readonly Judged[]): Scores {
  const mean = (f: (j: Judged) => number) =>
    results.length ? results.reduce((sum, j) => sum + f(j), 0) / results.length : 0;
  return {
    queries: results.length,
    mrr10: mean((j) => reciprocalRank(j, 10)),
    recall1: mean((j) => recallAt(j, 1)),
    recall3: mean((j) => recallAt(j, 3)),
  };
}
