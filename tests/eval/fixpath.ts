/**
 * fixpath's own search behind the evaluation's engine shape: build the stored index, serialise
 * it, load it back as the browser does, and rank runbooks only (the queries name runbooks).
 */
import type { KnowledgeBase } from '../../src/lib/content/model.ts';
import { buildIndex } from '../../src/lib/search/index-build.ts';
import { search } from '../../src/lib/search/search.ts';
import { loadIndex, serializeIndex } from '../../src/lib/search/serialize.ts';
import type { SearchEngine } from './engines.ts';

export function fixpathEngine(kb: KnowledgeBase): SearchEngine {
  const json = serializeIndex(buildIndex(kb));
  const index = loadIndex(json);
  return {
    name: 'fixpath',
    search: (query, limit) =>
      search(index, query, { limit, type: 'runbook' }).map((hit) => ({
        id: hit.id,
        weak: hit.weak,
        recommendation: hit.recommendations[0]?.solution,
      })),
    serialize: () => json,
  };
}
