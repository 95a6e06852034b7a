/**
 * An entry page's table of contents: the page's own sections around the MDX body's headings, so
 * a long runbook can be crossed in one click from either column.
 */
import type { BodyHeading } from '../runbooks/solutions.ts';

export interface TocItem {
  /** The element id the link points at. */
  id: string;
  text: string;
}

/** `before`, then the body's h2 headings (its h3s detail single solutions: they would drown the list), then `after`; each id once (the first wins). */
export function tocOf(
  before: readonly TocItem[],
  headings: readonly (BodyHeading & { depth: number })[],
  after: readonly TocItem[],
): TocItem[] {
  const body = headings.filter((h) => h.depth === 2).map((h) => ({ id: h.slug, text: h.text }));
  const seen = new Set<string>();
  return [...before, ...body, ...after].filter((item) => !seen.has(item.id) && seen.add(item.id));
}
