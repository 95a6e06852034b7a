/** Messages between the search page and its worker (search-worker.ts). */
import type { Lang } from '../../lib/content/schema.ts';
import type { PageResults } from '../../lib/search-page/run-search.ts';
import type { SearchState } from '../../lib/search-page/url-state.ts';

export type ToWorker = { kind: 'open' } | { kind: 'search'; id: number; state: SearchState; lang: Lang };

export type FromWorker =
  /** `early`: the first screen, before the rest of the pool and the facets. */
  | { kind: 'results'; id: number; early: boolean; page: PageResults; suggestion: string | undefined }
  | { kind: 'failed'; id: number; error: string };
