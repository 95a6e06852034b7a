/**
 * The solution league table: every solution incidents have tried, ranked by the same
 * success-weighted score the runbook pages and search use (src/lib/recommend), so "best" here
 * and "recommended first" there never disagree.
 */
import type { KnowledgeBase } from '../content/model.ts';
import { recommendSolutions, type Recommendation } from '../recommend/recommend.ts';

export interface League {
  /** Tried solutions, best score first; ties by more attempts, then by key. */
  table: Recommendation[];
  /** The top of the table (at most `size`). */
  best: Recommendation[];
  /** The bottom of the table, worst first, never repeating one already in `best`. */
  worst: Recommendation[];
}

export function solutionLeague(kb: KnowledgeBase, size = 5): League {
  const table = [...recommendSolutions(kb).values()]
    .flat()
    .filter((r) => r.attempts > 0)
    .sort((a, b) => b.score - a.score || b.attempts - a.attempts || (a.solution < b.solution ? -1 : 1));
  const best = table.slice(0, size);
  const worst = table.slice(best.length).reverse().slice(0, size);
  return { table, best, worst };
}
