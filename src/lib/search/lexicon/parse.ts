/**
 * The lexicon's text format → data, for query expansion and the index build.
 *
 * One entry per line, so that a reviewer reads a diff line by line and an error can name its line:
 *
 * - `# …` a comment (section headings and their sources), blank lines ignored;
 * - `= a | b | c` a synonym group: members that mean the same thing in any language or spelling;
 * - `~ a | b => x | y` a symptom concept: how people describe a problem (left) and the error
 *   texts, codes and metric names that mean it (right).
 *
 * Members are returned trimmed, as written: the engine normalises them with the same code it uses
 * for documents and queries. Only the duplicate check folds them (normalizeText: NFKC, lower case,
 * one kind of dash, single spaces), because `Ｄｉｓｋ` and `disk` would be the same term to the
 * engine, and a term in two groups would make each group mean the other.
 *
 * Linear in the text's length: lines are cut with split and indexOf, never a backtracking regex.
 */
import { normalizeText } from '../../text/normalize.ts';

export interface Lexicon {
  /** Synonym groups, each of two or more members; no member is in two groups. */
  synonyms: string[][];
  /** Symptom concepts: descriptions on one side, the texts that mean them on the other. */
  concepts: { describe: string[]; means: string[] }[];
}

/** The only error parseLexicon throws: its message starts `lexicon line N: `. */
export class LexiconError extends Error {
  /** The 1-based line the error is about. */
  readonly line: number;

  constructor(line: number, detail: string) {
    super(`lexicon line ${line}: ${detail}`);
    this.name = 'LexiconError';
    this.line = line;
  }
}

const ARROW = '=>';
// A malformed line is quoted in its error; a pasted paragraph should not flood the message.
const QUOTE_LIMIT = 60;

function quote(text: string): string {
  const chars = Array.from(text);
  return JSON.stringify(chars.length > QUOTE_LIMIT ? `${chars.slice(0, QUOTE_LIMIT).join('')}…` : text);
}

/** `a | b | c` → its trimmed members; an empty member (`a || b`, a trailing `|`) is an error. */
function members(list: string, lineNo: number, side: string): string[] {
  const out = list.split('|').map((m) => m.trim());
  if (out.some((m) => m === '')) {
    throw new LexiconError(lineNo, `empty member in ${side} (two "|" in a row, or a "|" at an end)`);
  }
  return out;
}

/**
 * Parse lexicon text (see the file comment for the format).
 * @throws LexiconError naming the 1-based line of the first malformed line, a group of fewer than
 *   two members, or a member already in a synonym group (compared after normalizeText).
 */
export function parseLexicon(text: string): Lexicon {
  const synonyms: string[][] = [];
  const concepts: Lexicon['concepts'] = [];
  // Normalised member → the line of the group that holds it.
  const owner = new Map<string, number>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const line = lines[i]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    const kind = line[0];
    const body = line.slice(1);
    if (kind === '=') {
      if (body.includes(ARROW)) {
        throw new LexiconError(lineNo, `"=>" belongs in a symptom concept ("~ …"), not in a synonym group`);
      }
      const group = members(body, lineNo, 'synonym group');
      if (group.length < 2) {
        throw new LexiconError(lineNo, `a synonym group needs at least 2 members, got 1 (${quote(group[0]!)})`);
      }
      for (const member of group) {
        const key = normalizeText(member);
        const seen = owner.get(key);
        if (seen === lineNo) throw new LexiconError(lineNo, `${quote(member)} appears twice in this group`);
        if (seen !== undefined) {
          throw new LexiconError(lineNo, `${quote(member)} is already in the synonym group on line ${seen}; a term belongs to one group only`);
        }
        owner.set(key, lineNo);
      }
      synonyms.push(group);
    } else if (kind === '~') {
      const arrow = body.indexOf(ARROW);
      if (arrow < 0 || body.indexOf(ARROW, arrow + ARROW.length) >= 0) {
        throw new LexiconError(lineNo, `a symptom concept needs exactly one "=>" between descriptions and error texts`);
      }
      const describe = members(body.slice(0, arrow), lineNo, 'descriptions');
      const means = members(body.slice(arrow + ARROW.length), lineNo, 'error texts');
      concepts.push({ describe, means });
    } else {
      throw new LexiconError(
        lineNo,
        `expected "= a | b" (synonym group), "~ a => b" (symptom concept), "#" (comment) or a blank line, got ${quote(line)}`,
      );
    }
  }
  return { synonyms, concepts };
}
