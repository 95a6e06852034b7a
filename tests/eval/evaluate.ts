/** Run every query through an engine and score the answers, overall and per kind of query. */
import type { SearchEngine } from './engines.ts';
import { type Judged, type Scores, summarise } from './metrics.ts';
import type { EvalQuery, QueryKind } from './queries.ts';

export const CUTOFF = 10;

export interface JudgedQuery extends Judged {
  query: EvalQuery;
}

export interface Evaluation {
  engine: string;
  judged: JudgedQuery[];
  overall: Scores;
  byKind: Map<QueryKind, Scores>;
}

export function evaluate(engine: SearchEngine, queries: readonly EvalQuery[]): Evaluation {
  const judged = queries.map((query) => ({
    query,
    ranked: engine.search(query.query, CUTOFF),
    expect: query.expect,
  }));
  const byKind = new Map<QueryKind, Scores>();
  for (const kind of new Set(queries.map((q) => q.kind))) {
    byKind.set(kind, summarise(judged.filter((j) => j.query.kind === kind)));
  }
  return { engine: engine.name, judged, overall: summarise(judged), byKind };
}
