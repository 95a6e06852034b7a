/**
 * Text normalisation shared by the index and the query, so that what an engineer pastes meets what
 * an author wrote: NFKC (full-width `ＥＲＲＯＲ　１０４０` → `ERROR 1040`, half-width katakana →
 * full-width), lower case, one kind of dash and quote, single spaces.
 */

// Hyphen-like characters that logs and word processors produce for a plain `-`. U+30FC (ー, the
// katakana long vowel mark) is deliberately absent: it is part of Japanese words.
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u00B4\u0060]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
// Every run of white space (including what NFKC leaves of U+3000) and control characters.
const SPACES = /[\s\u0000-\u001F\u007F-\u009F\u200B\uFEFF]+/g;

/** Fold width and compatibility forms only; case and spacing untouched (the tokenizer needs case). */
export function foldWidth(text: string): string {
  return text
    .normalize('NFKC')
    .replace(DASHES, '-')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"');
}

/** The canonical form of a text for matching: width-folded, lower case, single spaces, trimmed. */
export function normalizeText(text: string): string {
  return foldWidth(text).toLowerCase().replace(SPACES, ' ').trim();
}
