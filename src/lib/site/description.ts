/**
 * The one-line description of a page (`<meta name="description">`, Open Graph, feed summaries):
 * the author's summary where the format has one; an incident has none, so its symptoms stand in,
 * which is also what a search result snippet should show of it.
 */
import type { Incident } from '../content/schema.ts';

/** Search engines show about this many characters; the rest is cut at a word. */
export const DESCRIPTION_MAX = 160;

/** `text` on one line, at most DESCRIPTION_MAX characters (ending in "…" when cut). */
export function describe(text: string | undefined): string | undefined {
  const line = text?.replace(/\s+/g, ' ').trim();
  if (!line) return undefined;
  const chars = [...line];
  if (chars.length <= DESCRIPTION_MAX) return line;
  const head = chars.slice(0, DESCRIPTION_MAX - 1).join('');
  // Cut at the last space when there is one in the second half (Latin text); Japanese has none.
  const space = head.lastIndexOf(' ');
  return `${space > DESCRIPTION_MAX / 2 ? head.slice(0, space) : head}…`;
}

/** An incident's description: its symptoms, in the order the author listed them. */
export function incidentDescription(incident: Pick<Incident, 'symptoms'>): string | undefined {
  return describe(incident.symptoms.join(' / '));
}
