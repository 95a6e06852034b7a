/**
 * The ranking shared by the CLI and the site's search page. Two signals, both in 0..1:
 * - line similarity: the best match between a query line and one of the entry's symptoms or
 *   alerts, the mean of how much of the query line the symptom covers and how much of the symptom
 *   the query line covers (idf²-weighted): a short query inside a long symptom and a symptom
 *   inside a long log line both score well, where a cosine would punish the longer side;
 * - BM25F over every field (symptoms, title, summary, causes, solutions, tags, body), normalised
 *   by the score of a document that saturates every query term.
 * BM25F selects the candidates (cheap, postings only); line similarity reranks the best RERANK.
 */
import { fuzzyMatches } from './fuzzy.ts';
import { prepareQuery, type PreparedLine } from './query.ts';
import { topK } from './top-k.ts';
import type { DocType, IndexDoc, RankingIndex, RankLine, SearchHit, SearchIndex } from './types.ts';
import { INCIDENT_FACTOR, LINE_SHARE, MATCHED_LINE, MIN_SCORE, RERANK, WEAK_SCORE } from './weights.ts';

export interface SearchOptions {
  /** Most hits to return (default 10). */
  limit?: number;
  /** Only runbooks or only incidents. */
  type?: DocType;
}

/** A ranked doc, before its texts are looked up. */
export interface RankedDoc {
  doc: number;
  score: number;
  /** Positions of its lines that match the query, best first (repeated texts not yet merged). */
  lines: number[];
}

/** Mean two-way coverage (0..1) of a query line and an entry line, scaled by the query line's weight. */
function lineSimilarity(index: RankingIndex, query: PreparedLine, line: RankLine): number {
  if (!line.norm) return 0;
  let shared = 0;
  for (const term of line.terms) {
    const w = query.terms.get(term);
    if (w) shared += w * index.idf[term]! ** 2;
  }
  return (query.weight * (Math.min(1, shared / query.mass) + Math.min(1, shared / line.norm ** 2))) / 2;
}

function rerank(index: RankingIndex, lines: PreparedLine[], terms: ReadonlyMap<number, number>, d: number, bm25: number): RankedDoc {
  let best = 0;
  const similar: { sim: number; order: number }[] = [];
  for (const line of index.lines(d, terms)) {
    let sim = 0;
    for (const query of lines) sim = Math.max(sim, lineSimilarity(index, query, line));
    if (line.symptom) best = Math.max(best, sim);
    if (sim >= MATCHED_LINE) similar.push({ sim, order: line.at });
  }
  similar.sort((a, b) => b.sim - a.sim || a.order - b.order);
  const score = LINE_SHARE * best + (1 - LINE_SHARE) * bm25;
  return { doc: d, score: d >= index.runbooks ? score * INCIDENT_FACTOR : score, lines: similar.map((s) => s.order) };
}

/**
 * Rank the entries of an index for a query (a phrase, an error line or a pasted log): the ranking
 * itself, over whatever holds the index (in memory or sharded).
 */
export function rank(index: RankingIndex, query: string, options: SearchOptions = {}): RankedDoc[] {
  const limit = options.limit ?? 10;
  const prepared = prepareQuery(index, query);
  if (!prepared.terms.size || !prepared.ceiling) return [];

  const bm25 = new Float64Array(index.docCount);
  const touched: number[] = [];
  const wanted = options.type;
  for (const [term, weight] of prepared.terms) {
    const docs = index.postings[term]!;
    const impacts = index.impacts[term]!;
    for (let i = 0; i < docs.length; i++) {
      const d = docs[i]!;
      if (wanted !== undefined && (d < index.runbooks ? 'runbook' : 'incident') !== wanted) continue;
      if (bm25[d] === 0) touched.push(d);
      bm25[d] = bm25[d]! + weight * impacts[i]!;
    }
  }
  const candidates = topK(touched, RERANK, (a, b) => bm25[b]! - bm25[a]! || a - b);

  return candidates
    .map((d) => rerank(index, prepared.lines, prepared.terms, d, Math.min(1, bm25[d]! / prepared.ceiling)))
    .filter((s) => s.score >= MIN_SCORE)
    // Ties keep index order: runbooks before incidents, then by id.
    .sort((a, b) => b.score - a.score || a.doc - b.doc)
    .slice(0, limit);
}

/** What a hit shows of its entry. */
export type HitEntry = Pick<IndexDoc, 'id' | 'type' | 'title' | 'url' | 'recommendations'> & { lineText: readonly string[] };

/** A ranked doc as a hit, from its entry's data. */
export function toHit({ score, lines }: RankedDoc, entry: HitEntry): SearchHit {
  return {
    id: entry.id,
    type: entry.type,
    title: entry.title,
    url: entry.url,
    score: Math.round(score * 1000) / 1000,
    weak: score < WEAK_SCORE,
    matched: [...new Set(lines.map((at) => entry.lineText[at]!))].slice(0, 3),
    recommendations: entry.recommendations,
  };
}

const views = new WeakMap<SearchIndex, { ranking: RankingIndex; entries: HitEntry[] }>();

/** An in-memory index as the ranking reads it. */
function inMemory(index: SearchIndex) {
  let view = views.get(index);
  if (!view) {
    const ranking: RankingIndex = {
      ...index,
      docCount: index.docs.length,
      fuzzy: (term) => fuzzyMatches(index, term),
      lines: (d) => index.docs[d]!.lines,
    };
    const entries = index.docs.map((doc) => ({ ...doc, lineText: doc.lines.map((l) => l.text) }));
    views.set(index, (view = { ranking, entries }));
  }
  return view;
}

/** Rank the entries of an in-memory index for a query. */
export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchHit[] {
  const { ranking, entries } = inMemory(index);
  return rank(ranking, query, options).map((ranked) => toHit(ranked, entries[ranked.doc]!));
}
