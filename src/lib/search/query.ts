/**
 * A query as the ranking sees it: its error-carrying lines (log-lines.ts), each as a weighted
 * vector of vocabulary terms, and the union of all terms for BM25F, with typos resolved
 * (fuzzy.ts) and synonyms and symptom concepts added (expand.ts).
 */
import { tokenize } from '../text/tokenize.ts';
import { expandQuery } from './expand.ts';
import { queryLines } from './log-lines.ts';
import type { RankingIndex } from './types.ts';
import { FUZZY_WEIGHT } from './weights.ts';

export interface PreparedLine {
  text: string;
  /** 0..1: how much this line counts (see queryLines). */
  weight: number;
  /** Term id → token weight. */
  terms: Map<number, number>;
  /** Σ weight × idf² over its terms, unknown words included (they make a match weaker). */
  mass: number;
}

export interface PreparedQuery {
  lines: PreparedLine[];
  /** Every term for BM25F: id → weight (line weight × token weight), synonyms included. */
  terms: Map<number, number>;
  /** The BM25F score of a document that saturated every term: normalises scores to 0..1. */
  ceiling: number;
}

const setMax = (map: Map<number, number>, key: number, value: number) => {
  if (value > (map.get(key) ?? 0)) map.set(key, value);
};

function prepareLine(index: RankingIndex, text: string, weight: number, typed: Set<string>): PreparedLine {
  const terms = new Map<number, number>();
  const unknown = new Map<string, number>();
  for (const token of tokenize(text)) {
    typed.add(token.term);
    const id = index.termIds.get(token.term);
    if (id !== undefined) {
      setMax(terms, id, token.weight);
      continue;
    }
    const near = index.fuzzy(token.term);
    for (const { id: nearId, distance } of near) {
      setMax(terms, nearId, token.weight * FUZZY_WEIGHT * (1 - distance / token.term.length));
    }
    if (!near.length) unknown.set(token.term, Math.max(unknown.get(token.term) ?? 0, token.weight));
  }
  let mass = 0;
  for (const [id, w] of terms) mass += w * index.idf[id]! ** 2;
  for (const w of unknown.values()) mass += w * index.maxIdf ** 2;
  return { text, weight, terms, mass };
}

/** Prepare a raw query (a phrase, an error line, a pasted log) against an index. */
export function prepareQuery(index: RankingIndex, query: string): PreparedQuery {
  const typed = new Set<string>();
  const lines = queryLines(query)
    .map((line) => prepareLine(index, line.text, line.weight, typed))
    .filter((line) => line.mass > 0);
  const terms = new Map<number, number>();
  for (const line of lines) for (const [id, w] of line.terms) setMax(terms, id, w * line.weight);
  let ceiling = 0;
  for (const [id, w] of terms) ceiling += w * index.idf[id]!;
  ceiling += expandQuery(index, typed, terms, lines);
  return { lines, terms, ceiling };
}
