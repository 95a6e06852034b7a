/**
 * The page's side of the search worker: one module worker, started on first use (or when the
 * reader focuses the box), and a search call per query whose answers come back as the worker
 * posts them (the first screen, then everything). Answers to a query that a newer one replaced
 * are dropped.
 */
import type { Lang } from '../../lib/content/schema.ts';
import type { PageResults } from '../../lib/search-page/run-search.ts';
import type { SearchState } from '../../lib/search-page/url-state.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

export interface Answer {
  early: boolean;
  page: PageResults;
  suggestion: string | undefined;
}

let worker: Worker | undefined;
let lastId = 0;
let listener: ((message: FromWorker) => void) | undefined;

function started(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => listener?.(event.data));
  }
  return worker;
}

const send = (message: ToWorker) => started().postMessage(message);

/** Start the worker and let it read the manifest, ahead of the first query. */
export function warmUp(): void {
  send({ kind: 'open' });
}

/** Search; `onAnswer` is called for each answer of this query (early, then final) until a newer search starts. */
export function searchInWorker(state: SearchState, lang: Lang, onAnswer: (answer: Answer) => void, onError: (error: string) => void): void {
  const id = ++lastId;
  listener = (message) => {
    if (message.id !== id) return;
    if (message.kind === 'failed') onError(message.error);
    else onAnswer(message);
  };
  send({ kind: 'search', id, state, lang });
}
