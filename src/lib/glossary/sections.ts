/**
 * The glossary in reading order: terms sorted by the site language's collation and grouped by
 * their initial, for a jump bar. Latin terms group by letter (accents folded: É under E), kana by
 * gojūon row (が under か, カ under か), so a Japanese reader finds a term where a printed
 * glossary would put it. A term starting with a kanji cannot be placed by sound without its
 * reading, so kanji terms share one group; digits and symbols another.
 */
import type { GlossaryTerm, Lang } from '../content/schema.ts';

export interface GlossarySection {
  /** The jump bar's label and the anchor's text: `A`, `か`, `漢字`, `#`. */
  label: string;
  terms: GlossaryTerm[];
}

/** The first kana of each row, in order: a kana belongs to the last row head not after it. */
const ROWS = 'あかさたなはまやらわ';
/** Primary strength: ゃ and や, は and ぱ compare equal, as the row lookup needs. */
const KANA_ORDER = new Intl.Collator('ja', { sensitivity: 'base' });
export const KANJI_GROUP = '漢字';
export const OTHER_GROUP = '#';

/** The group a term's first character belongs to. */
export function initialGroup(term: string): string {
  const first = [...term.normalize('NFKC').trim()][0] ?? '';
  const bare = first.normalize('NFD').replace(/\p{M}/gu, '');
  if (/^[a-z]$/i.test(bare)) return bare.toUpperCase();
  // Katakana to hiragana (same offset for the whole block), voiced marks already removed above.
  const code = bare.codePointAt(0) ?? 0;
  const hira = code >= 0x30a1 && code <= 0x30f6 ? String.fromCodePoint(code - 0x60) : bare;
  if (/^[\u3041-\u3096]$/.test(hira)) {
    // Small kana (ぁ, っ, ゃ) sort with their full-size row; ゐ ゑ を ん close the わ row.
    let row = ROWS[0]!;
    for (const head of ROWS) if (KANA_ORDER.compare(hira, head) >= 0) row = head;
    return row;
  }
  if (/^\p{Script=Han}$/u.test(first)) return KANJI_GROUP;
  return OTHER_GROUP;
}

/** Terms sorted for `lang`, in groups; groups in the order the collation first meets them. */
export function glossarySections(terms: readonly GlossaryTerm[], lang: Lang): GlossarySection[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const sorted = [...terms].sort((a, b) => collator.compare(a.term, b.term) || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  const sections = new Map<string, GlossarySection>();
  for (const term of sorted) {
    const label = initialGroup(term.term);
    let section = sections.get(label);
    if (!section) sections.set(label, (section = { label, terms: [] }));
    section.terms.push(term);
  }
  return [...sections.values()];
}
