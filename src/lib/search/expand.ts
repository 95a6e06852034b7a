/**
 * Query expansion with the index's synonym groups and symptom concepts (expansion-groups.ts). A
 * member counts as typed when every one of its tokens is among the query's tokens. A typed
 * synonym brings in the other members of its group at SYNONYM_WEIGHT; a typed description of a
 * concept brings in its error texts at the weaker CONCEPT_WEIGHT, one way only (an error text
 * does not mean "site down"). Added terms count for BM25F and in every query line, where they add
 * to the match but not to the line's mass: an expansion is a bonus, never a penalty.
 */
import type { PreparedLine } from './query.ts';
import type { RankingIndex } from './types.ts';
import { CONCEPT_WEIGHT, SYNONYM_WEIGHT } from './weights.ts';

type Members = readonly (readonly string[])[];

/** Tokens of the longest member typed in full; 0 when none is. */
function typedLength(members: Members, typed: ReadonlySet<string>): number {
  let longest = 0;
  for (const member of members) if (member.length > longest && member.every((t) => typed.has(t))) longest = member.length;
  return longest;
}

/**
 * Add the expansions of the typed tokens to the query's terms and lines (in place). Returns what
 * they add to the BM25F ceiling: for each group, its best new term once, as a document holds
 * one way of saying a thing, not all of them.
 */
export function expandQuery(
  index: RankingIndex,
  typed: ReadonlySet<string>,
  terms: Map<number, number>,
  lines: readonly PreparedLine[],
): number {
  let ceiling = 0;
  // A member stands for the typed one as a whole: its tokens share the typed member's weight
  // (`接続数`, two bigrams, → `connection` counts double; `connection` → `コネクション`, five
  // bigrams, counts a fifth each), so neither language outweighs the other by its token count.
  const add = (members: Members, typedTokens: number, factor: number) => {
    if (!typedTokens) return;
    let best = 0;
    for (const member of members) {
      const weight = Math.min(1, (factor * typedTokens) / member.length);
      for (const term of member) {
        const id = index.termIds.get(term);
        if (id === undefined || (terms.get(id) ?? 0) >= weight) continue;
        terms.set(id, weight);
        best = Math.max(best, weight * index.idf[id]!);
        for (const line of lines) if ((line.terms.get(id) ?? 0) < weight) line.terms.set(id, weight);
      }
    }
    ceiling += best;
  };
  for (const group of index.synonyms) add(group, typedLength(group, typed), SYNONYM_WEIGHT);
  for (const concept of index.concepts) add(concept.means, typedLength(concept.describe, typed), CONCEPT_WEIGHT);
  return ceiling;
}
