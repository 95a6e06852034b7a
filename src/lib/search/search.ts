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
import { prepareQuery, type PreparedLine } from './query.ts';
import { topK } from './top-k.ts';
import type { DocType, IndexDoc, IndexLine, SearchHit, SearchIndex } from './types.ts';
import { INCIDENT_FACTOR, LINE_SHARE, MATCHED_LINE, MIN_SCORE, RERANK, WEAK_SCORE } from './weights.ts';

export interface SearchOptions {
  /** Most hits to return (default 10). */
  limit?: number;
  /** Only runbooks or only incidents. */
  type?: DocType;
}

/** Mean two-way coverage (0..1) of a query line and an entry line, scaled by the query line's weight. */
function lineSimilarity(index: SearchIndex, query: PreparedLine, line: IndexLine): number {
  if (!line.norm) return 0;
  let shared = 0;
  for (const term of line.terms) {
    const w = query.terms.get(term);
    if (w) shared += w * index.idf[term]! ** 2;
  }
  return (query.weight * (Math.min(1, shared / query.mass) + Math.min(1, shared / line.norm ** 2))) / 2;
}

interface Scored {
  doc: number;
  score: number;
  matched: string[];
}

function rerank(index: SearchIndex, lines: PreparedLine[], doc: IndexDoc, d: number, bm25: number): Scored {
  let best = 0;
  const similar: { text: string; sim: number; order: number }[] = [];
  doc.lines.forEach((line, order) => {
    let sim = 0;
    for (const query of lines) sim = Math.max(sim, lineSimilarity(index, query, line));
    if (line.symptom) best = Math.max(best, sim);
    if (sim >= MATCHED_LINE) similar.push({ text: line.text, sim, order });
  });
  similar.sort((a, b) => b.sim - a.sim || a.order - b.order);
  const matched = [...new Set(similar.map((s) => s.text))].slice(0, 3);
  const score = LINE_SHARE * best + (1 - LINE_SHARE) * bm25;
  return { doc: d, score: doc.type === 'incident' ? score * INCIDENT_FACTOR : score, matched };
}

const TYPE_CODE: Record<DocType, number> = { runbook: 0, incident: 1 };
const typeCodes = new WeakMap<SearchIndex, Uint8Array>();

/** Each doc's type as a number in one array: the type filter reads it for thousands of postings. */
function docTypes(index: SearchIndex): Uint8Array {
  let types = typeCodes.get(index);
  if (!types) typeCodes.set(index, (types = Uint8Array.from(index.docs, (doc) => TYPE_CODE[doc.type])));
  return types;
}

/** Rank the entries of an index for a query (a phrase, an error line or a pasted log). */
export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchHit[] {
  const limit = options.limit ?? 10;
  const prepared = prepareQuery(index, query);
  if (!prepared.terms.size || !prepared.ceiling) return [];

  const bm25 = new Float64Array(index.docs.length);
  const touched: number[] = [];
  const wanted = options.type ? TYPE_CODE[options.type] : undefined;
  const types = docTypes(index);
  for (const [term, weight] of prepared.terms) {
    const docs = index.postings[term]!;
    const impacts = index.impacts[term]!;
    for (let i = 0; i < docs.length; i++) {
      const d = docs[i]!;
      if (wanted !== undefined && types[d] !== wanted) continue;
      if (bm25[d] === 0) touched.push(d);
      bm25[d] = bm25[d]! + weight * impacts[i]!;
    }
  }
  const candidates = topK(touched, RERANK, (a, b) => bm25[b]! - bm25[a]! || a - b);

  return candidates
    .map((d) => rerank(index, prepared.lines, index.docs[d]!, d, Math.min(1, bm25[d]! / prepared.ceiling)))
    .filter((s) => s.score >= MIN_SCORE)
    // Ties keep index order: runbooks before incidents, then by id.
    .sort((a, b) => b.score - a.score || a.doc - b.doc)
    .slice(0, limit)
    .map(({ doc, score, matched }) => {
      const entry = index.docs[doc]!;
      return {
        id: entry.id,
        type: entry.type,
        title: entry.title,
        url: entry.url,
        score: Math.round(score * 1000) / 1000,
        weak: score < WEAK_SCORE,
        matched,
        recommendations: entry.recommendations,
      };
    });
}
