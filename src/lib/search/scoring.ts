/**
 * The numbers the ranking reads, computed once at index time: idf, each (term, doc)'s BM25F
 * impact and each line's norm. The in-memory index (serialize.ts loadIndex) and the sharded files
 * (shards/) hold the same values, stored at the precision written here, so both engines rank
 * from identical numbers (tests/unit/search/sharded.property.test.ts).
 */
import { FIELD_B, FIELD_WEIGHT, K1 } from './weights.ts';
import { FIELDS } from './types.ts';

/** BM25's idf of a term held by `df` of `docs` documents (never negative). The one idf formula. */
export const idfOf = (docs: number, df: number) => Math.log(1 + (docs - df + 0.5) / (df + 0.5));

/**
 * Saturations (tf / (K1 + tf), in 0..1) are stored as whole multiples of 1/SATURATION_STEPS:
 * short in the JSON shards, and 16,384 steps move a score by at most 6e-5 of one term's weight,
 * far below anything the ranking can tell apart (npm run eval is unchanged).
 */
export const SATURATION_STEPS = 16384;
/** Line norms are stored as whole multiples of 1/NORM_STEPS (a line norm is 1..60). */
export const NORM_STEPS = 1024;

// At least one step: a posting whose impact were 0 would leave its doc's score at 0, as if untouched.
export const storedSaturation = (tf: number) => Math.max(1, Math.round((SATURATION_STEPS * tf) / (K1 + tf)));
/** A term's impact in a doc: its idf times the stored saturation. */
export const impactOf = (idf: number, saturation: number) => (idf * saturation) / SATURATION_STEPS;

/** Euclidean norm of a line's idf vector, at stored precision. */
export const storedNorm = (idfs: readonly number[]) => Math.round(Math.hypot(...idfs) * NORM_STEPS);
export const normOf = (stored: number) => stored / NORM_STEPS;

/**
 * Per term: the docs that hold it (ascending) and its stored saturation in each, from per-doc,
 * per-field (FIELDS order) term counts. Field-weighted, length-normalised term frequency (BM25F).
 */
export function termSaturations(counts: readonly (readonly ReadonlyMap<number, number>[])[], terms: number): { docs: number[]; saturations: number[] }[] {
  const n = counts.length;
  const lengths = counts.map((fields) => fields.map((field) => {
    let sum = 0;
    for (const c of field.values()) sum += c;
    return sum;
  }));
  const average = FIELDS.map((_, f) => Math.max(1, lengths.reduce((sum, l) => sum + l[f]!, 0) / Math.max(n, 1)));
  const perTerm = Array.from({ length: terms }, () => ({ docs: [] as number[], saturations: [] as number[] }));
  counts.forEach((fields, d) => {
    const tf = new Map<number, number>();
    fields.forEach((fieldCount, f) => {
      const field = FIELDS[f]!;
      const norm = 1 - FIELD_B[field] + (FIELD_B[field] * lengths[d]![f]!) / average[f]!;
      for (const [term, count] of fieldCount) tf.set(term, (tf.get(term) ?? 0) + (FIELD_WEIGHT[field] * count) / norm);
    });
    for (const [term, value] of tf) {
      perTerm[term]!.docs.push(d);
      perTerm[term]!.saturations.push(storedSaturation(value));
    }
  });
  return perTerm;
}
