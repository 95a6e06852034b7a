/**
 * Which parts of a matched symptom to highlight: the words (and, in Japanese, the character
 * pairs) that the query shares with it, compared as the engine compares them (width-folded,
 * lower case, plurals folded). Ranges index the ORIGINAL text, so the page can wrap them in
 * <mark> without touching the rest.
 */
import { foldWidth } from '../text/normalize.ts';
import { runsOf, runTokens, tokenize } from '../text/tokenize.ts';

export type Range = [start: number, end: number];

/** The terms of a query as the engine tokenizes it (placeholders left out). */
export function queryTerms(query: string): Set<string> {
  return new Set(tokenize(query).map((t) => t.term).filter((term) => !term.startsWith('<')));
}

/**
 * Ranges of `text` that hold a query term, sorted and merged. The text is cut into runs and
 * tokens by the tokenizer itself, so a mark appears exactly where the engine matched: a word
 * when any of its tokens is a query term (`max_connections` for `connections`), in Japanese each
 * shared character pair (or a lone character, which the tokenizer keeps as it is).
 */
export function highlightRanges(text: string, terms: ReadonlySet<string>): Range[] {
  const ranges: Range[] = [];
  for (const run of runsOf(text)) {
    if (!run.japanese) {
      if (runTokens(run).some((token) => terms.has(token.term))) ranges.push([run.index, run.index + run.text.length]);
      continue;
    }
    const chars = Array.from(run.text);
    if (chars.length === 1) {
      if (terms.has(foldWidth(run.text))) ranges.push([run.index, run.index + run.text.length]);
      continue;
    }
    let at = run.index;
    for (let i = 0; i + 1 < chars.length; i++) {
      const pair = chars[i]! + chars[i + 1]!;
      if (terms.has(foldWidth(pair))) ranges.push([at, at + pair.length]);
      at += chars[i]!.length;
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
