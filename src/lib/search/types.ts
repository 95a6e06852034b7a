/**
 * The search index in its forms: `StoredIndex`, the plain data `buildIndex` makes; `SearchIndex`,
 * the same data with the lookup tables the ranking needs, in memory (`loadIndex`, serialize.ts);
 * and the sharded files that `fixpath index` and the site build write (shards/), which the
 * browser and `fixpath search` read a query's worth at a time. The ranking (search.ts) reads any
 * of them through `RankingIndex`, so they rank alike.
 */
import type { Recommendation } from '../recommend/recommend.ts';
import type { ConceptGroup } from './expansion-groups.ts';
import type { FuzzyMatch } from './fuzzy.ts';

export type { ConceptGroup, Recommendation };

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

/**
 * Current format of the index; loadIndex and the sharded reader refuse any other. 2: columns per
 * doc property, symptoms and title counted from the lines, related entries as doc positions.
 * 3: written as shards (a manifest, postings by term range with stored impacts and line norms,
 * one data file per entry) instead of one JSON file.
 */
export const INDEX_VERSION = 3;

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

/** What a line is: 1 a symptom or alert, 2 the title, 0 anything else (a cause, a solution). */
export type LineKind = 0 | 1 | 2;

/**
 * Fields whose counts are not stored: they are the sums of the doc's lines of that kind (every
 * symptom and alert is a line, and so is the title).
 */
export const LINE_FIELDS = { symptoms: 1, title: 2 } as const satisfies Partial<Record<Field, LineKind>>;

/**
 * The documents as columns: element d of every array is about doc d (runbooks by id, then
 * incidents by id). Term lists are ascending term ids as gaps from the previous one (deltaEncode).
 */
export interface StoredDocs {
  id: string[];
  type: DocType[];
  title: string[];
  facets: DocFacets[];
  /** Per field (FIELDS order), per doc: `[termDelta, count, ...]`; empty for LINE_FIELDS. */
  fields: number[][][];
  /** Per doc, its short texts shown as `matched`. */
  lineText: string[][];
  lineKind: LineKind[][];
  /** Per doc, per line: every token's term, repeats included (a delta of 0). */
  lineTerms: number[][][];
  recommendations: Recommendation[][];
  /** Per doc: similar, incidents, runbooks, each as `[docPosition, score × 1000, ...]`. */
  related: [similar: number[], incidents: number[], runbooks: number[]][];
}

export interface StoredIndex {
  version: typeof INDEX_VERSION;
  fields: readonly Field[];
  /** Every term, sorted by code unit; a term's id is its position. */
  terms: string[];
  /** Synonym groups (the glossary's, then the lexicon's): each member as its tokens. */
  synonyms: string[][][];
  /**
   * Symptom concepts (lexicon): descriptions → error texts, each member as its tokens. Absent from
   * indexes written before concepts existed: they rank as before, without them.
   */
  concepts?: ConceptGroup[];
  docs: StoredDocs;
  /**
   * SHA-256 of the content files it was built from, when built from a directory (src/node): lets
   * `fixpath search` use a written index only while the content is unchanged.
   */
  content?: string;
}

/** A line as the ranking reads it. */
export interface RankLine {
  /** Its position among the doc's lines. */
  at: number;
  symptom: boolean;
  /** Distinct term ids, ascending (a sharded index holds only the query's). */
  terms: readonly number[];
  /** Euclidean norm of the line's idf vector (at stored precision, scoring.ts). */
  norm: number;
}

export interface IndexLine extends RankLine {
  text: string;
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

/**
 * What the ranking reads: an in-memory index holds all of it, a sharded one the part a query
 * needs (its terms' postings, the lines of its candidates).
 */
export interface RankingIndex {
  docCount: number;
  /** Docs before this position are runbooks, the others incidents. */
  runbooks: number;
  termIds: ReadonlyMap<string, number>;
  /** Per term id. */
  idf: ArrayLike<number>;
  /** The idf a term absent from every document would have. */
  maxIdf: number;
  synonyms: readonly (readonly (readonly string[])[])[];
  /** Symptom concepts (expansion-groups.ts). */
  concepts: readonly ConceptGroup[];
  /** Per term id: the docs that hold it, ascending. */
  postings: ArrayLike<Int32Array>;
  /** Per term id, parallel to postings: its BM25F impact in that document (idf included). */
  impacts: ArrayLike<Float64Array>;
  /** Vocabulary terms near a term the vocabulary lacks (fuzzy.ts). */
  fuzzy(term: string): FuzzyMatch[];
  /** A doc's lines that hold any of `terms` (they may hold others too), by position. */
  lines(doc: number, terms: ReadonlyMap<number, number>): readonly RankLine[];
}

export interface SearchIndex {
  version: typeof INDEX_VERSION;
  terms: string[];
  termIds: Map<string, number>;
  docs: IndexDoc[];
  runbooks: number;
  /** Per term: the documents that hold it. */
  postings: Int32Array[];
  /** Per term, parallel to postings: its BM25F impact in that document (idf included). */
  impacts: Float64Array[];
  idf: Float64Array;
  /** The idf a term absent from every document would have. */
  maxIdf: number;
  synonyms: string[][][];
  concepts: ConceptGroup[];
}

/** One search result, as the CLI's `--json` prints it. */
export interface SearchHit {
  id: string;
  type: DocType;
  title: string;
  url: string;
  /** 0..1, higher is better. */
  score: number;
  /** A weak match (score below WEAK_SCORE): it shares a word or two with the query, no more. */
  weak: boolean;
  /** The entry's symptoms (or other short texts) that matched the query, best first. */
  matched: string[];
  /** For a runbook its solutions best first; for an incident those of its runbooks. */
  recommendations: Recommendation[];
}
