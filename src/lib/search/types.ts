/**
 * The search index in its two forms: `StoredIndex`, the versioned plain data that `fixpath index`
 * writes and the browser downloads, and `SearchIndex`, the same data with the lookup tables the
 * ranking needs, built by `loadIndex` (serialize.ts). Node and the browser both rank from a
 * `StoredIndex`, so they rank alike.
 */
import type { Recommendation } from '../recommend/recommend.ts';

export type { Recommendation };

export type DocType = 'runbook' | 'incident';

/** Fields of a document, in the order every per-field array uses. */
export const FIELDS = ['symptoms', 'title', 'summary', 'causes', 'solutions', 'tags', 'body'] as const;
export type Field = (typeof FIELDS)[number];

/** A related entry and how similar it is (0..1). */
export interface RelatedEntry {
  id: string;
  score: number;
}

export interface Related {
  /** Runbooks: the most similar other runbooks. */
  similar: RelatedEntry[];
  /** Runbooks: incidents that name it first, then incidents that look like it. */
  incidents: RelatedEntry[];
  /** Incidents: the runbooks it names, or, when it names none, those that probably apply. */
  runbooks: RelatedEntry[];
}

/** Current format of the stored index; loadIndex refuses any other. */
export const INDEX_VERSION = 1;

/**
 * What the search page filters and labels a result by. An incident's category is that of the
 * first runbook it names (incidents have none of their own); `lang` falls back to the site's.
 */
export interface DocFacets {
  category: string | undefined;
  severity: string;
  services: string[];
  lang: string;
}

export interface StoredDoc {
  id: string;
  type: DocType;
  title: string;
  url: string;
  facets: DocFacets;
  /** Per field (FIELDS order): `[termDelta, count, termDelta, count, ...]` over ascending term ids. */
  fields: number[][];
  /** Short texts shown as `matched`: `[text, isSymptom (1|0), termDeltas]`. */
  lines: [text: string, symptom: 0 | 1, terms: number[]][];
  recommendations: Recommendation[];
  related: Related;
}

export interface StoredIndex {
  version: typeof INDEX_VERSION;
  fields: readonly Field[];
  /** Every term, sorted by code unit; a term's id is its position. */
  terms: string[];
  /** Glossary alias groups: each member as its tokens. */
  synonyms: string[][][];
  docs: StoredDoc[];
}

export interface IndexLine {
  text: string;
  symptom: boolean;
  /** Distinct term ids. */
  terms: number[];
  /** Euclidean norm of the line's idf vector. */
  norm: number;
}

export interface IndexDoc {
  id: string;
  type: DocType;
  title: string;
  url: string;
  facets: DocFacets;
  lines: IndexLine[];
  recommendations: Recommendation[];
  related: Related;
}

export interface SearchIndex {
  version: typeof INDEX_VERSION;
  terms: string[];
  termIds: Map<string, number>;
  docs: IndexDoc[];
  /** Per term: the documents that hold it. */
  postings: Int32Array[];
  /** Per term, parallel to postings: its BM25F impact in that document (idf included). */
  impacts: Float64Array[];
  idf: Float64Array;
  /** The idf a term absent from every document would have. */
  maxIdf: number;
  synonyms: string[][][];
}

/** One search result, as the CLI's `--json` prints it. */
export interface SearchHit {
  id: string;
  type: DocType;
  title: string;
  url: string;
  /** 0..1, higher is better. */
  score: number;
  /** The entry's symptoms (or other short texts) that matched the query, best first. */
  matched: string[];
  /** For a runbook its solutions best first; for an incident those of its runbooks. */
  recommendations: Recommendation[];
}
