/** Where a runbook page puts each solution: its card's anchor and its detail section in the MDX body. */
import type { Solution } from '../content/schema.ts';

/** A heading of the rendered MDX body (Astro's `render(entry).headings`). */
export interface BodyHeading {
  slug: string;
  text: string;
}

export interface SolutionAnchor {
  /** The element id of the solution's card on the page. */
  cardId: string;
  /** The slug of the body heading that details the solution, if any. */
  detail: string | undefined;
}

/**
 * Where each solution lives on the page. Incidents link to `/runbooks/<id>/#<solution-id>`, so that
 * anchor must always exist: it is the body heading when the heading's anchor is the solution id,
 * otherwise the solution's card takes it. A heading whose text is the id or the solution's title
 * is the detail too (its own slug is used).
 */
export function solutionAnchors(
  solutions: readonly Solution[],
  headings: readonly BodyHeading[],
): Map<string, SolutionAnchor> {
  const slugs = new Set(headings.map((h) => h.slug));
  return new Map(
    solutions.map((solution) => {
      const heading =
        headings.find((h) => h.slug === solution.id) ??
        headings.find((h) => h.text.trim() === solution.id || h.text.trim() === solution.title);
      const cardId = slugs.has(solution.id) ? `solution-${solution.id}` : solution.id;
      return [solution.id, { cardId, detail: heading?.slug }];
    }),
  );
}
