/**
 * A search hit as the results list shows it: title, type, facets, matched symptoms cut into
 * highlighted pieces, and the top recommendation with its evidence in the site's language. The
 * client renders this with DOM calls only; every string here is plain text.
 */
import type { Lang } from '../content/schema.ts';
import { describeEvidence, hasWorked } from '../recommend/evidence.ts';
import type { Routes } from '../routes.ts';
import type { DocFacets, DocType, SearchHit } from '../search/types.ts';
import { highlightRanges, splitHighlighted } from './highlight.ts';

export interface ResultView {
  id: string;
  type: DocType;
  title: string;
  url: string;
  facets: DocFacets;
  matched: { text: string; mark: boolean }[][];
  /** The solution that has worked most often, when one has worked in an incident at all. */
  top: { title: string; kind: string; evidence: string; url: string } | undefined;
  /** For a runbook: the incidents folded under it (src/lib/search/present.ts). */
  incidents: ResultView[];
}

/** Build the view of one hit; `terms` are the query's terms (highlight.ts queryTerms). */
export function resultView(
  hit: SearchHit,
  facets: DocFacets,
  terms: ReadonlySet<string>,
  lang: Lang,
  routes: Routes,
  incidents: ResultView[] = [],
): ResultView {
  const best = hit.recommendations[0];
  return {
    id: hit.id,
    type: hit.type,
    title: hit.title,
    url: routes.entry(hit.type, hit.id),
    facets,
    matched: hit.matched.map((text) => splitHighlighted(text, highlightRanges(text, terms))),
    top: best && hasWorked(best) ? {
      title: best.title,
      kind: best.kind,
      evidence: describeEvidence(best, lang),
      url: routes.solution(best.solution),
    } : undefined,
    incidents,
  };
}
