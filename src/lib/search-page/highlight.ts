/**
 * Which parts of a matched symptom to highlight: the words (and, in Japanese, the character
 * pairs) that the query shares with it, compared as the engine compares them (width-folded,
 * lower case, plurals folded). Ranges index the ORIGINAL text, so the page can wrap them in
 * <mark> without touching the rest.
 */
import { foldWidth } from '../text/normalize.ts';
import { stem, tokenize } from '../text/tokenize.ts';

export type Range = [start: number, end: number];

const JA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC\u3005]/u;
const WORD = /[\p{L}\p{M}\p{N}_]+/gu;

/** The terms of a query as the engine tokenizes it (placeholders left out). */
export function queryTerms(query: string): Set<string> {
  return new Set(tokenize(query).map((t) => t.term).filter((term) => !term.startsWith('<')));
}

const NON_ASCII = /[^\x00-\x7f]/;
// NFKC is the costly part and changes nothing in ASCII, the common case in error messages.
const normalWord = (word: string) => stem((NON_ASCII.test(word) ? foldWidth(word) : word).toLowerCase());

/** Ranges of `text` that hold a query term, sorted and merged. */
export function highlightRanges(text: string, terms: ReadonlySet<string>): Range[] {
  const ranges: Range[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    if (!JA.test(word)) {
      if (terms.has(normalWord(word))) ranges.push([start, start + word.length]);
      continue;
    }
    // Mixed runs: Japanese characters pair up, other characters form words.
    const chars = Array.from(word);
    const offsets: number[] = [];
    let at = start;
    for (const c of chars) {
      offsets.push(at);
      at += c.length;
    }
    for (let i = 0; i + 1 < chars.length; i++) {
      if (!JA.test(chars[i]!) || !JA.test(chars[i + 1]!)) continue;
      if (terms.has(foldWidth(chars[i]! + chars[i + 1]!))) ranges.push([offsets[i]!, offsets[i + 1]! + chars[i + 1]!.length]);
    }
    for (const part of word.matchAll(/[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC\u3005]+/gu)) {
      if (terms.has(normalWord(part[0]))) ranges.push([start + part.index, start + part.index + part[0].length]);
    }
  }
  return merge(text, ranges);
}

/** Sorted, overlapping ranges joined; ranges only white space apart too (`Too many` is one mark). */
function merge(text: string, ranges: Range[]): Range[] {
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && (range[0] <= last[1] || /^\s+$/.test(text.slice(last[1], range[0])))) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** A text cut into plain and highlighted pieces, in order, for rendering with text nodes. */
export function splitHighlighted(text: string, ranges: readonly Range[]): { text: string; mark: boolean }[] {
  const pieces: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) pieces.push({ text: text.slice(at, start), mark: false });
    pieces.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mark: false });
  return pieces;
}
