/**
 * The search page's worker: opens the sharded index (/fixpath-index/), ranks, reads the entries
 * shown and builds the page's view models, all off the main thread, so typing and pasting never
 * wait for the engine. Files it reads are kept for the next query.
 */
import { shardedVocabulary, didYouMean } from '../../lib/search-page/did-you-mean.ts';
import { runShardedSearch } from '../../lib/search-page/run-search.ts';
import { ShardedIndex } from '../../lib/search/shards/read.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

export const INDEX_BASE = '/fixpath-index/';
/** Results sent before the rest of the pool: what fills the first screen. */
const FIRST_SCREEN = 12;

let opening: Promise<ShardedIndex> | undefined;

function open(): Promise<ShardedIndex> {
  opening ??= ShardedIndex.open(async (name) => {
    const response = await fetch(`${INDEX_BASE}${name}`);
    if (!response.ok) throw new Error(`${INDEX_BASE}${name}: HTTP ${response.status}`);
    return response.json();
  });
  // A failed open may be retried by the next search (the network may be back).
  opening.catch(() => (opening = undefined));
  return opening;
}

/** The newest search asked for: an older one still running stops posting once a newer one came. */
let latest = 0;
const post = (message: FromWorker) => (self as unknown as Worker).postMessage(message);

self.addEventListener('message', async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.kind === 'open') return void open().catch(() => undefined);
  const { id, state, lang } = message;
  latest = id;
  try {
    const index = await open();
    const page = await runShardedSearch(index, state, lang, {
      first: FIRST_SCREEN,
      show: (early) => id === latest && post({ kind: 'results', id, early: true, page: early, suggestion: undefined }),
    });
    if (id !== latest) return;
    const nothing = !page.facets.type.some((f) => f.count > 0);
    const suggestion = nothing ? didYouMean(await shardedVocabulary(index, state.q), state.q) : undefined;
    post({ kind: 'results', id, early: false, page, suggestion });
  } catch (error) {
    post({ kind: 'failed', id, error: (error as Error).message });
  }
});
