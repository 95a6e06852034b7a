/**
 * What a query may be expanded with, as the index stores it: the engine's operations lexicon
 * (lexicon/operations.ts, present for every knowledge base) merged with the knowledge base's own
 * glossary into synonym groups, and the lexicon's symptom concepts (how people describe a problem
 * → the error texts that mean it). Each member is kept as its tokens, made by the same tokenizer
 * as documents and queries, so a Japanese query meets an English runbook through a group even
 * when the glossary is empty.
 *
 * Only groups that can add something are stored: a group with no member token in the index's
 * vocabulary, or a concept with no error text in it, could never bring a document in.
 */
import type { GlossaryTerm } from '../content/schema.ts';
import { tokenize, WEIGHT } from '../text/tokenize.ts';
import { OPERATIONS_LEXICON } from './lexicon/operations.ts';
import { parseLexicon } from './lexicon/parse.ts';

/** A symptom concept: members as tokens, one way (describe → means). */
export interface ConceptGroup {
  describe: string[][];
  means: string[][];
}

export interface ExpansionGroups {
  synonyms: string[][][];
  concepts: ConceptGroup[];
}

// Segmenter words are left out of members: a query matches a member by all of its tokens, and
// word breaks may differ between the query's context and the member alone; bigrams do not.
function memberTerms(member: string): string[] {
  return [...new Set(tokenize(member).filter((t) => t.weight !== WEIGHT.segment).map((t) => t.term))];
}

const asMembers = (texts: readonly string[]) => texts.map(memberTerms).filter((terms) => terms.length);

let lexicon: { synonyms: string[][][]; concepts: ConceptGroup[] } | undefined;

/** The lexicon as tokens, worked out once per process (it is the same for every index). */
function lexiconGroups() {
  if (!lexicon) {
    const parsed = parseLexicon(OPERATIONS_LEXICON);
    lexicon = {
      synonyms: parsed.synonyms.map(asMembers),
      concepts: parsed.concepts.map((c) => ({ describe: asMembers(c.describe), means: asMembers(c.means) })),
    };
  }
  return lexicon;
}

/** The synonym groups and concepts an index over `vocabulary` stores: glossary first, then lexicon. */
export function expansionGroups(glossary: readonly GlossaryTerm[], vocabulary: ReadonlySet<string>): ExpansionGroups {
  const known = (members: string[][]) => members.some((m) => m.some((t) => vocabulary.has(t)));
  const seen = new Set<string>();
  const synonyms = [...glossary.map((g) => asMembers([g.term, ...g.aliases])), ...lexiconGroups().synonyms].filter((members) => {
    if (members.length < 2 || !known(members)) return false;
    const key = JSON.stringify(members);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const concepts = lexiconGroups().concepts.filter((c) => c.describe.length && known(c.means));
  return { synonyms, concepts };
}
