/**
 * Related entries, computed once at index time and stored: for every runbook the most similar
 * runbooks and the incidents that match it; for every incident the runbooks it names or, when it
 * names none, the runbooks that probably apply.
 *
 * similarity(a, b) = half the cosine of their field-weighted tf-idf vectors (what they talk about)
 * + half the best cosine between a symptom of a and a symptom of b (what was seen). Both parts are
 * symmetric and in 0..1, and an entry is at least as similar to itself as to anything else.
 */
import { FIELDS, type IndexLine, type Related, type RelatedEntry, type SearchIndex, type StoredIndex } from './types.ts';
import { fieldCounts } from './serialize.ts';
import { topK } from './top-k.ts';
import { FIELD_WEIGHT } from './weights.ts';

/** Terms kept per vector: enough to say what an entry is about, bounded for 10,000 entries. */
const VECTOR_TERMS = 64;
/** Holders kept per term, heaviest first: a term in thousands of entries says little about a pair. */
const HOLDERS_PER_TERM = 32;
/** Candidates per entry, by vector overlap, before the exact similarity. */
const CANDIDATES = 40;
const SIMILAR_RUNBOOKS = 5;
const PROBABLE_RUNBOOKS = 3;
const MATCHING_INCIDENTS = 10;
const MIN_SIMILAR = 0.1;
const MIN_INCIDENT = 0.3;

/** A sparse vector over ascending term ids. */
interface SparseVector {
  terms: Int32Array;
  weights: Float64Array;
}

/**
 * All symptom lines of a doc as one list over ascending term ids, each entry tagged with its
 * line: comparing two docs' lines is one pass over one list, not one per pair of lines.
 */
interface SymptomTerms extends SparseVector {
  lines: Int32Array;
  count: number;
}

/** The docs that hold a term, with the term's weight in each. */
interface SparseHolders {
  docs: Int32Array;
  weights: Float64Array;
}

export interface SimilarityModel {
  /** Per doc: its VECTOR_TERMS heaviest field-weighted tf-idf terms, L2-normalised. */
  vectors: SparseVector[];
  /** Per doc: its symptom lines as idf weights, each line L2-normalised. */
  symptoms: SymptomTerms[];
  /** Size of the vocabulary. */
  terms: number;
}

/** L2-normalised weights, by ascending term. */
function normalised(entries: [term: number, weight: number][]): [term: number, weight: number][] {
  const norm = Math.hypot(...entries.map(([, w]) => w));
  return entries.map(([t, w]) => [t, norm ? w / norm : 0]);
}

function symptomTerms(index: SearchIndex, lines: readonly IndexLine[]): SymptomTerms {
  const symptoms = lines.filter((line) => line.symptom && line.norm);
  const entries = symptoms
    .flatMap((line, l) => normalised(line.terms.map((t) => [t, index.idf[t]!])).map(([t, w]) => [t, l, w] as const))
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return {
    terms: Int32Array.from(entries, ([t]) => t),
    lines: Int32Array.from(entries, ([, l]) => l),
    weights: Float64Array.from(entries, ([, , w]) => w),
    count: symptoms.length,
  };
}

export function similarityModel(stored: StoredIndex, index: SearchIndex): SimilarityModel {
  const vectors = fieldCounts(stored).map((fields) => {
    const weights = new Map<number, number>();
    fields.forEach((counts, f) => {
      for (const [term, count] of counts)
        weights.set(term, (weights.get(term) ?? 0) + FIELD_WEIGHT[FIELDS[f]!] * count * index.idf[term]!);
    });
    const top = normalised([...weights].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, VECTOR_TERMS));
    top.sort((a, b) => a[0] - b[0]);
    return { terms: Int32Array.from(top, ([t]) => t), weights: Float64Array.from(top, ([, w]) => w) };
  });
  return { vectors, symptoms: index.docs.map((doc) => symptomTerms(index, doc.lines)), terms: index.terms.length };
}

/**
 * One doc laid out over arrays indexed by term id, to be compared with many others at one lookup
 * per term of theirs (rather than a merge of both term lists per pair).
 */
interface Spread {
  doc: number;
  /** Term → its weight in the doc's vector, 0 when absent. */
  weight: Float64Array;
  /** Term → first entry of the doc's symptom terms that holds it (its others follow), -1 when none. */
  firstEntry: Int32Array;
}

function newSpread(terms: number): Spread {
  return { doc: -1, weight: new Float64Array(terms), firstEntry: new Int32Array(terms).fill(-1) };
}

/** Lay doc `d` out over `spread`, clearing the doc laid out before. */
function spreadDoc(model: SimilarityModel, spread: Spread, d: number): Spread {
  if (spread.doc >= 0) {
    for (const term of model.vectors[spread.doc]!.terms) spread.weight[term] = 0;
    for (const term of model.symptoms[spread.doc]!.terms) spread.firstEntry[term] = -1;
  }
  const { terms, weights } = model.vectors[d]!;
  terms.forEach((term, i) => (spread.weight[term] = weights[i]!));
  const symptoms = model.symptoms[d]!;
  for (let k = symptoms.terms.length - 1; k >= 0; k--) spread.firstEntry[symptoms.terms[k]!] = k;
  spread.doc = d;
  return spread;
}

// Per pair of lines, their dot product; reused across calls (thousands of entries, each compared
// with dozens of others).
let scratch = new Float64Array(64);

/** The best cosine between a symptom line of the spread doc and one of b. */
function bestSymptomPair(spread: Spread, a: SymptomTerms, b: SymptomTerms): number {
  const pairs = a.count * b.count;
  if (!pairs) return 0;
  if (scratch.length < pairs) scratch = new Float64Array(pairs);
  const dots = scratch.fill(0, 0, pairs);
  for (let q = 0; q < b.terms.length; q++) {
    const term = b.terms[q]!;
    // Several lines of a may hold the term: their entries are consecutive.
    for (let p = spread.firstEntry[term]!; p >= 0 && p < a.terms.length && a.terms[p] === term; p++) {
      const pair = a.lines[p]! * b.count + b.lines[q]!;
      dots[pair] = dots[pair]! + a.weights[p]! * b.weights[q]!;
    }
  }
  let best = 0;
  for (let k = 0; k < pairs; k++) best = Math.max(best, dots[k]!);
  return Math.min(1, best);
}

/** similarity(model, spread.doc, b). */
function similarityTo(model: SimilarityModel, spread: Spread, b: number): number {
  const { terms, weights } = model.vectors[b]!;
  let cosine = 0;
  for (let i = 0; i < terms.length; i++) cosine += weights[i]! * spread.weight[terms[i]!]!;
  const symptoms = bestSymptomPair(spread, model.symptoms[spread.doc]!, model.symptoms[b]!);
  return 0.5 * Math.min(1, cosine) + 0.5 * symptoms;
}

/** How alike two documents are (by position in the index), 0..1, symmetric. */
export function similarity(model: SimilarityModel, a: number, b: number): number {
  return similarityTo(model, spreadDoc(model, newSpread(model.terms), a), b);
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

  // Candidate generation: documents sharing heavy terms, by the dot product of their vectors over
  // those terms. Each term is looked up in its HOLDERS_PER_TERM heaviest holders only, so this is
  // linear in the number of entries (scanning every holder of a common term for each of them was
  // quadratic); below that many entries it is exact.
  const lists = new Map<number, { doc: number; weight: number }[]>();
  model.vectors.forEach((vector, doc) => {
    vector.terms.forEach((term, i) => {
      const list = lists.get(term);
      const holder = { doc, weight: vector.weights[i]! };
      if (list) list.push(holder);
      else lists.set(term, [holder]);
    });
  });
  const holders = new Map<number, SparseHolders>();
  for (const [term, list] of lists) {
    if (list.length > HOLDERS_PER_TERM) list.sort((a, b) => b.weight - a.weight || a.doc - b.doc).length = HOLDERS_PER_TERM;
    holders.set(term, { docs: Int32Array.from(list, (h) => h.doc), weights: Float64Array.from(list, (h) => h.weight) });
  }
  const overlap = new Float64Array(docs.length);
  const candidatesOf = (d: number): number[] => {
    const { terms, weights } = model.vectors[d]!;
    const touched: number[] = [];
    for (let i = 0; i < terms.length; i++) {
      const held = holders.get(terms[i]!)!;
      for (let h = 0; h < held.docs.length; h++) {
        const other = held.docs[h]!;
        if (other === d) continue;
        if (overlap[other] === 0) touched.push(other);
        overlap[other] = overlap[other]! + weights[i]! * held.weights[h]!;
      }
    }
    const best = topK(touched, CANDIDATES, (a, b) => overlap[b]! - overlap[a]! || a - b);
    for (const other of touched) overlap[other] = 0;
    return best;
  };
  // Every comparison in one doc's turn starts from that doc: it is laid out once.
  const spread = newSpread(model.terms);
  const entry = (d: number, o: number): RelatedEntry => {
    if (spread.doc !== d) spreadDoc(model, spread, d);
    return { id: docs[o]!.id, score: round(similarityTo(model, spread, o)) };
  };
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
