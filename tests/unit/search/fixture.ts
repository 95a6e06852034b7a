/** The small realistic corpus of tests/fixtures/search/content, indexed once per test file. */
import { fileURLToPath } from 'node:url';
import { buildIndex } from '../../../src/lib/search/index-build.ts';
import { loadIndex } from '../../../src/lib/search/serialize.ts';
import { search, type SearchOptions } from '../../../src/lib/search/search.ts';
import { loadContent } from '../../../src/node/content.ts';

export const FIXTURE_CONTENT = fileURLToPath(new URL('../../fixtures/search/content/', import.meta.url));

export async function fixtureIndex() {
  const { kb, problems } = await loadContent(FIXTURE_CONTENT);
  if (problems.some((p) => p.severity === 'error')) throw new Error(`fixture content is invalid: ${JSON.stringify(problems)}`);
  const stored = buildIndex(kb);
  const index = loadIndex(stored);
  const ids = (query: string, options?: SearchOptions) => search(index, query, options).map((h) => h.id);
  return { kb, stored, index, ids };
}
