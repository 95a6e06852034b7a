/**
 * The symptom index, fetched once per page and kept: every keystroke after the first reuses the
 * same promise. Nothing is fetched until a search needs it (or the reader focuses the box).
 */
import { loadIndex } from '../../lib/search/serialize.ts';
import type { SearchIndex } from '../../lib/search/types.ts';
import { routes } from '../routes.ts';

const INDEX_URL = routes.searchIndex();

let loading: Promise<SearchIndex> | undefined;

export function searchIndex(): Promise<SearchIndex> {
  loading ??= fetch(INDEX_URL).then(async (response) => {
    if (!response.ok) throw new Error(`${INDEX_URL}: HTTP ${response.status}`);
    return loadIndex(await response.json());
  });
  // A failed load may be retried by the next search (the network may be back).
  loading.catch(() => (loading = undefined));
  return loading;
}
