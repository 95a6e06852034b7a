/**
 * The glossary terms a query mentions, by the term or one of its aliases, compared
 * width-folded and case-insensitively, so an empty search still teaches the words it used.
 */
import { normalizeText } from '../text/normalize.ts';

export interface GlossaryItem {
  term: string;
  aliases: string[];
  definition: string;
  /** The term's anchor on the glossary page. */
  anchor: string;
}

const isLatin = (text: string) => /^[\x00-\x7f]+$/.test(text);

function mentions(query: string, name: string): boolean {
  const needle = normalizeText(name);
  if (!needle) return false;
  // A Latin name must stand as a word (`db` in `db timeout`, not in `dbus`); Japanese has no spaces.
  if (!isLatin(needle)) return query.includes(needle);
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[^a-z0-9_])${escaped}(?:$|[^a-z0-9_])`).test(query);
}

/** Glossary items the query names, in glossary order. */
export function matchGlossary(items: readonly GlossaryItem[], query: string): GlossaryItem[] {
  const text = normalizeText(query);
  return items.filter((item) => [item.term, ...item.aliases].some((name) => mentions(text, name)));
}
