/**
 * What the build derives once from the parsed knowledge base and every page shares: the
 * solutions' ranking and the search index (for the related entries it precomputes). Built from
 * `knowledgeBase()`, so the pages never parse the content a second time.
 */
import { recommendSolutions, type Recommendation } from '../lib/recommend/recommend.ts';
import { loadIndex } from '../lib/search/serialize.ts';
import type { SearchIndex } from '../lib/search/types.ts';
import { knowledgeBase } from './kb.ts';

let recommendations: Promise<Map<string, Recommendation[]>> | undefined;
let index: Promise<SearchIndex> | undefined;

/** Every runbook's solutions, best record first (the ranking the search and the CLI show). */
export function siteRecommendations(): Promise<Map<string, Recommendation[]>> {
  recommendations ??= knowledgeBase().then(recommendSolutions);
  return recommendations;
}

/** The search index of the site's knowledge base, as `fixpath index` builds it. */
export function siteSearchIndex(): Promise<SearchIndex> {
  index ??= knowledgeBase().then(async (kb) => {
    // Loaded on first use: the index builder pulls in the MDX parser.
    const { buildIndex } = await import('../lib/search/index-build.ts');
    return loadIndex(buildIndex(kb));
  });
  return index;
}
