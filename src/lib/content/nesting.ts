/**
 * How deeply a body nests, found in one pass before any parser sees it. Markdown and MDX parsers
 * recurse (quotes in quotes, lists in lists, elements in elements), and some also slow down with
 * depth: 20,000 `>` took the MDX compiler over a minute before it ran out of stack. No runbook
 * needs more than a few levels, so anything past the limits below is refused by line.
 */

/** Container markers (`>`, `-`, `1.`) opening one line: real documents stay under ten. */
export const MAX_CONTAINERS = 100;
/** Open `[`, `{`, `(` and `<element`s at once, outside code: real documents stay under twenty. */
export const MAX_OPEN = 500;

const OPEN: Record<string, string> = { '[': ']', '{': '}', '(': ')' };
const CLOSE = new Set([']', '}', ')']);

/** The first line (1-based, in the body) whose nesting passes a limit, or undefined. */
export function tooDeepLine(body: string): number | undefined {
  let open = 0;
  let line = 1;
  let fence = '';
  let start = 0;
  while (start <= body.length) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(body.slice(start, Math.min(end, start + 40)));
    if (fenceMatch) fence = fence ? (fenceMatch[1]!.startsWith(fence) ? '' : fence) : fenceMatch[1]!;
    else if (!fence) {
      if (containerMarkers(body, start, end) > MAX_CONTAINERS) return line;
      for (let i = start; i < end; i++) {
        const ch = body[i]!;
        if (ch === '`') {
          // Inline code is text: skip to the closing run of the same length, on this line.
          let run = 1;
          while (body[i + run] === '`') run++;
          const close = body.indexOf('`'.repeat(run), i + run);
          i = close >= 0 && close < end ? close + run - 1 : i + run - 1;
        } else if (OPEN[ch] || (ch === '<' && /[A-Za-z]/.test(body[i + 1] ?? ''))) open++;
        else if (CLOSE.has(ch) || (ch === '<' && body[i + 1] === '/') || (ch === '/' && body[i + 1] === '>')) open = Math.max(0, open - 1);
        if (open > MAX_OPEN) return line;
      }
    }
    start = end + 1;
    line++;
  }
  return undefined;
}

/** `> > - 1. text` opens four containers. */
function containerMarkers(text: string, start: number, end: number): number {
  let count = 0;
  let i = start;
  while (i < end) {
    const ch = text[i]!;
    if (ch === ' ' || ch === '\t') i++;
    else if (ch === '>') {
      count++;
      i++;
    } else if ((ch === '-' || ch === '*' || ch === '+') && (i + 1 === end || text[i + 1] === ' ' || text[i + 1] === '\t')) {
      count++;
      i++;
    } else {
      let j = i;
      while (j < end && j - i < 9 && text[j]! >= '0' && text[j]! <= '9') j++;
      if (j === i || (text[j] !== '.' && text[j] !== ')') || (j + 1 < end && text[j + 1] !== ' ')) break;
      count++;
      i = j + 1;
    }
  }
  return count;
}
