/**
 * Related entries, computed once at index time and stored: for every runbook the most similar
 * runbooks and the incidents that match it; for every incident the runbooks it names or, when it
 * names none, the runbooks that probably apply.
 *
 * similarity(a, b) = half the cosine of their field-weighted tf-idf vectors (what they talk about)
 * + half the best cosine between a symptom of a and a symptom of b (what was seen). Both parts are
 * symmetric and in 0..1, and an entry is at least as similar to itself as to anything else.
 */
import { FIELDS, type Related, type RelatedEntry, type SearchIndex, type StoredIndex } from './types.ts';
import { decodeFields } from './serialize.ts';
import { FIELD_WEIGHT } from './weights.ts';

/** Terms kept per vector: enough to say what an entry is about, bounded for 10,000 entries. */
const VECTOR_TERMS = 64;
/** Candidates per entry, by vector overlap, before the exact similarity. */
const CANDIDATES = 40;
const SIMILAR_RUNBOOKS = 5;
const PROBABLE_RUNBOOKS = 3;
const MATCHING_INCIDENTS = 10;
const MIN_SIMILAR = 0.1;
const MIN_INCIDENT = 0.3;

export interface SimilarityModel {
  index: SearchIndex;
  /** Per doc: term id → weight, L2-normalised, the VECTOR_TERMS heaviest terms. */
  vectors: Map<number, number>[];
}

export function similarityModel(stored: StoredIndex, index: SearchIndex): SimilarityModel {
  const vectors = stored.docs.map((doc) => {
    const weights = new Map<number, number>();
    decodeFields(doc.fields).forEach((counts, f) => {
      for (const [term, count] of counts)
        weights.set(term, (weights.get(term) ?? 0) + FIELD_WEIGHT[FIELDS[f]!] * count * index.idf[term]!);
    });
    const top = [...weights].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, VECTOR_TERMS);
    const norm = Math.hypot(...top.map(([, w]) => w));
    return new Map(norm ? top.map(([t, w]) => [t, w / norm]) : []);
  });
  return { index, vectors };
}

function cosine(a: Map<number, number>, b: Map<number, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, w] of small) dot += w * (large.get(term) ?? 0);
  return Math.min(1, dot);
}

function bestSymptomPair(index: SearchIndex, a: number, b: number): number {
  let best = 0;
  for (const x of index.docs[a]!.lines) {
    if (!x.symptom || !x.norm) continue;
    const terms = new Set(x.terms);
    for (const y of index.docs[b]!.lines) {
      if (!y.symptom || !y.norm) continue;
      let dot = 0;
      for (const t of y.terms) if (terms.has(t)) dot += index.idf[t]! ** 2;
      best = Math.max(best, dot / (x.norm * y.norm));
    }
  }
  return Math.min(1, best);
}

/** How alike two documents are (by position in the index), 0..1, symmetric. */
export function similarity(model: SimilarityModel, a: number, b: number): number {
  return 0.5 * cosine(model.vectors[a]!, model.vectors[b]!) + 0.5 * bestSymptomPair(model.index, a, b);
}

const round = (score: number) => Math.round(score * 1000) / 1000;
const byScore = (a: RelatedEntry, b: RelatedEntry) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Related entries of every document, in index order. `named`: incident id → the runbooks it
 * names (explicit links always count, however similar).
 */
export function computeRelated(stored: StoredIndex, index: SearchIndex, named: Map<string, string[]>): Related[] {
  const model = similarityModel(stored, index);
  const docs = index.docs;
  const position = new Map(docs.map((d, i) => [`${d.type}:${d.id}`, i]));
  const namingIncidents = new Map<string, string[]>();
  for (const [incident, runbooks] of named)
    for (const runbook of runbooks) namingIncidents.set(runbook, [...(namingIncidents.get(runbook) ?? []), incident]);

  // Candidate generation: documents sharing heavy terms.
  const holders = new Map<number, number[]>();
  model.vectors.forEach((vector, d) => {
    for (const term of vector.keys()) {
      const list = holders.get(term);
      if (list) list.push(d);
      else holders.set(term, [d]);
    }
  });
  const candidatesOf = (d: number): number[] => {
    const overlap = new Map<number, number>();
    for (const [term, w] of model.vectors[d]!)
      for (const other of holders.get(term)!) if (other !== d) overlap.set(other, (overlap.get(other) ?? 0) + w * model.vectors[other]!.get(term)!);
    return [...overlap].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CANDIDATES).map(([o]) => o);
  };
  const entry = (d: number, o: number): RelatedEntry => ({ id: docs[o]!.id, score: round(similarity(model, d, o)) });
  const linked = (d: number, type: 'runbook' | 'incident', ids: string[]) =>
    ids.flatMap((id) => {
      const o = position.get(`${type}:${id}`);
      return o === undefined ? [] : [entry(d, o)];
    });

  return docs.map((doc, d) => {
    const scored = candidatesOf(d).map((o) => ({ o, ...entry(d, o) }));
    const ofType = (type: 'runbook' | 'incident', min: number) =>
      scored.filter((s) => docs[s.o]!.type === type && s.score >= min).map(({ id, score }) => ({ id, score }));
    if (doc.type === 'runbook') {
      const naming = linked(d, 'incident', namingIncidents.get(doc.id) ?? []).sort(byScore);
      const lookalikes = ofType('incident', MIN_INCIDENT).filter((s) => !naming.some((n) => n.id === s.id)).sort(byScore);
      return {
        similar: ofType('runbook', MIN_SIMILAR).sort(byScore).slice(0, SIMILAR_RUNBOOKS),
        incidents: [...naming, ...lookalikes].slice(0, Math.max(MATCHING_INCIDENTS, naming.length)),
        runbooks: [],
      };
    }
    const names = named.get(doc.id) ?? [];
    return {
      similar: [],
      incidents: [],
      runbooks: names.length ? linked(d, 'runbook', names) : ofType('runbook', MIN_SIMILAR).sort(byScore).slice(0, PROBABLE_RUNBOOKS),
    };
  });
}
