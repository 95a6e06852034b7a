/**
 * Evaluation sets: each folder of `tests/eval/sets/` with a `queries/` folder is one, its
 * knowledge base in its own `content/` folder. The `sample` set has none: it evaluates the
 * repository's sample content (`content/`), next to which its queries were written.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KnowledgeBase } from '../../src/lib/content/model.ts';
import { loadContent } from '../../src/node/content.ts';
import { type EvalQuery, loadQueries } from './queries.ts';

const SETS = fileURLToPath(new URL('./sets/', import.meta.url));
const SAMPLE_CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

export interface EvalSet {
  name: string;
  /** The content directory, as given to loadContent. */
  content: string;
  queries: EvalQuery[];
}

/** Every set, by name. A set whose content folder does not exist yet is left out. */
export function evalSets(): EvalSet[] {
  return readdirSync(SETS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(SETS, d.name, 'queries')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const own = path.join(SETS, name, 'content');
      const content = existsSync(own) ? own : name === 'sample' ? SAMPLE_CONTENT : '';
      return { name, content, queries: content ? loadQueries(path.join(SETS, name, 'queries')) : [] };
    })
    .filter((set) => set.content && set.queries.length);
}

export interface LoadedSet extends EvalSet {
  kb: KnowledgeBase;
  /** Expected runbook ids that the knowledge base lacks (a typo in a query file). */
  unknown: string[];
  contentErrors: number;
}

export async function loadSet(set: EvalSet): Promise<LoadedSet> {
  const { kb, problems } = await loadContent(set.content);
  const known = new Set(kb.runbooks.map((r) => r.id));
  const unknown = [...new Set(set.queries.flatMap((q) => q.expect).filter((id) => !known.has(id)))];
  return { ...set, kb, unknown, contentErrors: problems.filter((p) => p.severity === 'error').length };
}

/** The same knowledge base without its glossary: what the engine knows on its own. */
export function withoutGlossary(kb: KnowledgeBase): KnowledgeBase {
  return { ...kb, glossary: [] };
}
