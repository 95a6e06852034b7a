/**
 * The ranking's constants in one place, so that tuning them is one edit. BM25F: each field's
 * term counts are weighted and length-normalised, then saturated once per term.
 */
import type { Field } from './types.ts';

/** How much a term in each field counts. Symptoms are what an engineer pastes. */
export const FIELD_WEIGHT: Record<Field, number> = {
  symptoms: 3,
  title: 2.5,
  summary: 1.5,
  causes: 1,
  solutions: 1,
  tags: 2,
  body: 0.4,
};

/** Length normalisation per field (0: none, 1: full); short fields barely need it. */
export const FIELD_B: Record<Field, number> = {
  symptoms: 0.5,
  title: 0.3,
  summary: 0.5,
  causes: 0.6,
  solutions: 0.6,
  tags: 0.2,
  body: 0.75,
};

/** BM25 term-frequency saturation. */
export const K1 = 1.2;

/** Share of the best symptom-line similarity in a hit's score; the rest is BM25F over all fields. */
export const LINE_SHARE = 0.6;

/**
 * An incident's score is scaled by this: for the same match, the runbook (what to do) comes before
 * one occurrence of the problem (incidents are short, so BM25F alone would favour them).
 */
export const INCIDENT_FACTOR = 0.9;

/** Query weight of a term reached through a synonym (glossary or lexicon) rather than typed. */
export const SYNONYM_WEIGHT = 0.6;

/** Query weight of an error text reached through a symptom concept ("site down" → 502). */
export const CONCEPT_WEIGHT = 0.3;

/** Query weight of a vocabulary term reached by typo tolerance, before its distance discount. */
export const FUZZY_WEIGHT = 0.7;

/** Documents reranked with line similarity after the BM25F pass. */
export const RERANK = 200;

/** Hits scoring below this are noise (a lone common word). */
export const MIN_SCORE = 0.05;

/**
 * Hits scoring below this are shown as weak matches, not answers: a query about something the
 * knowledge base does not cover (`kafka consumer lag` without Kafka, random words) shares a word
 * or two with many entries and nothing more. Calibrated on both evaluation sets (tests/eval,
 * `nomatch` queries against the scores of the right runbooks of the others): see issue 10's notes.
 */
export const WEAK_SCORE = 0.25;

/** A line is reported as `matched` from this similarity on. */
export const MATCHED_LINE = 0.25;
