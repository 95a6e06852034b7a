/** Run every query through an engine and score the answers, overall and per kind of query. */
import type { SearchEngine } from './engines.ts';
import { type Judged, type Scores, summarise } from './metrics.ts';
import type { EvalQuery, QueryKind } from './queries.ts';

export const CUTOFF = 10;

export interface JudgedQuery extends Judged {
  query: EvalQuery;
  /** The solution the engine recommends first for its top hit, if it recommends. */
  recommendation?: string;
}

export interface Evaluation {
  engine: string;
  judged: JudgedQuery[];
  overall: Scores;
  byKind: Map<QueryKind, Scores>;
}

export function evaluate(engine: SearchEngine, queries: readonly EvalQuery[], name = engine.name): Evaluation {
  const judged = queries.map((query): JudgedQuery => {
    const hits = engine.search(query.query, CUTOFF);
    return {
      query,
      ranked: hits.map((h) => h.id),
      weak: hits.map((h) => h.weak === true),
      expect: query.expect,
      recommendation: hits[0]?.recommendation,
    };
  });
  const byKind = new Map<QueryKind, Scores>();
  for (const kind of new Set(queries.map((q) => q.kind))) {
    byKind.set(kind, summarise(judged.filter((j) => j.query.kind === kind)));
  }
  return { engine: name, judged, overall: summarise(judged), byKind };
}

/** A `recommend` query passes when the top hit is a right runbook and recommends `best` first. */
export function recommendationPasses(j: JudgedQuery): boolean {
  return j.expect.includes(j.ranked[0] ?? '') && j.recommendation === j.query.best;
}
