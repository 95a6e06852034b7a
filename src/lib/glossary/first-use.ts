/**
 * Find where glossary terms are used in a text, so an entry's body can link the first use of each
 * term to its glossary anchor. A term is found by its name or any alias, compared on normalised
 * text (width-folded, lower case), longest first so `connection pool` wins over `pool`. Japanese
 * has no spaces between words, so Japanese names match anywhere; a name that begins or ends with a
 * Latin letter or digit must have a word boundary there (`pool` is not found in `spool`).
 */
import type { GlossaryTerm } from '../content/schema.ts';
import { foldWidth, normalizeText } from '../text/normalize.ts';
import { slugify } from '../text/slug.ts';

/** One name of one term, ready for matching. */
export interface GlossaryNeedle {
  /** The name, normalised. */
  text: string;
  /** The term's anchor on the glossary page. */
  slug: string;
  term: string;
}

/** A use of a term in a text: `text.slice(start, end)` is the name as written there. */
export interface TermUse {
  start: number;
  end: number;
  slug: string;
  term: string;
}

// One-letter names (and empty ones) would link noise; no alias in a glossary should be that short.
const MIN_LENGTH = 2;
const WORD = /[\p{Script=Latin}\p{Nd}_]/u;

/**
 * Every name of every term, normalised, longest first. A name that two terms share belongs to the
 * first of them (the glossary asks authors to keep each alias in one term).
 */
export function glossaryNeedles(terms: readonly GlossaryTerm[]): GlossaryNeedle[] {
  const seen = new Set<string>();
  const needles: GlossaryNeedle[] = [];
  for (const term of terms) {
    const slug = slugify(term.term);
    for (const name of [term.term, ...term.aliases]) {
      const text = normalizeText(name);
      if ([...text].length < MIN_LENGTH || seen.has(text)) continue;
      seen.add(text);
      needles.push({ text, slug, term: term.term });
    }
  }
  return needles.sort((a, b) => b.text.length - a.text.length);
}

/**
 * The text normalised code point by code point, with, for each normalised code unit, the index in
 * the original where its code point starts (plus one entry for the end). Matches found in the
 * normalised text map back to the original this way, whatever NFKC did to the lengths.
 */
function normaliseWithOffsets(text: string): { text: string; offsets: number[] } {
  let out = '';
  const offsets: number[] = [];
  let index = 0;
  for (const char of text) {
    const folded = /\s/.test(char) ? ' ' : foldWidth(char).toLowerCase();
    out += folded;
    for (let i = 0; i < folded.length; i += 1) offsets.push(index);
    index += char.length;
  }
  offsets.push(index);
  return { text: out, offsets };
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD.test(char);
}

/** Index needles by their first code unit, keeping longest-first order within each bucket. */
export type NeedleIndex = Map<string, GlossaryNeedle[]>;

export function indexNeedles(needles: readonly GlossaryNeedle[]): NeedleIndex {
  const index: NeedleIndex = new Map();
  for (const needle of needles) {
    const first = needle.text[0]!;
    const bucket = index.get(first);
    if (bucket) bucket.push(needle);
    else index.set(first, [needle]);
  }
  return index;
}

/**
 * The first use in `text` of each term not in `skip` (terms already linked earlier in the same
 * body), left to right, never overlapping. The caller adds the returned slugs to `skip` before
 * the next text of the body.
 */
export function findFirstUses(text: string, needles: NeedleIndex, skip: ReadonlySet<string> = new Set()): TermUse[] {
  const { text: folded, offsets } = normaliseWithOffsets(text);
  const uses: TermUse[] = [];
  const used = new Set(skip);
  let i = 0;
  while (i < folded.length) {
    const found = needles.get(folded[i]!)?.find((needle) => {
      if (used.has(needle.slug) || !folded.startsWith(needle.text, i)) return false;
      const end = i + needle.text.length;
      // Start and end on whole characters of the original (NFKC may expand one into several).
      if (offsets[i] === offsets[i - 1] || offsets[end] === offsets[end - 1]) return false;
      if (isWordChar(needle.text[0]) && isWordChar(folded[i - 1])) return false;
      if (isWordChar(needle.text[needle.text.length - 1]) && isWordChar(folded[end])) return false;
      return true;
    });
    if (!found) {
      i += 1;
      continue;
    }
    const end = i + found.text.length;
    uses.push({ start: offsets[i]!, end: offsets[end]!, slug: found.slug, term: found.term });
    used.add(found.slug);
    i = end;
  }
  return uses;
}
