/**
 * The two baselines fixpath's ranking is compared against: fuse.js alone and MiniSearch alone,
 * over the same runbook fields. Both get the engine's own preprocessing (NFKC, lower case,
 * masking of variable parts, Japanese bigrams, from src/lib/text/tokenize.ts), so a comparison
 * measures ranking, not text handling.
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { KnowledgeBase, RunbookEntry } from '../../src/lib/content/model.ts';
import { tokenize } from '../../src/lib/text/tokenize.ts';
import type { SearchEngine } from './engines.ts';

/** The searchable fields of a runbook, flattened to text. */
export interface RunbookDocument {
  id: string;
  title: string;
  symptoms: string;
  alerts: string;
  summary: string;
  causes: string;
  solutions: string;
  tags: string;
}

/** Field weights shared by both baselines: symptoms say the most, then title and alerts. */
const BOOST: Partial<Record<keyof RunbookDocument, number>> = { symptoms: 3, title: 2, alerts: 2 };
const FIELDS = ['title', 'symptoms', 'alerts', 'summary', 'causes', 'solutions', 'tags'] as const;

/** The engine's token terms: the baselines' whole text pipeline. */
export function terms(text: string): string[] {
  return tokenize(text).map((t) => t.term);
}

export function runbookDocument({ id, data }: RunbookEntry): RunbookDocument {
  return {
    id,
    title: data.title,
    symptoms: data.symptoms.join('\n'),
    alerts: data.alerts.join('\n'),
    summary: data.summary ?? '',
    causes: data.causes.map((c) => [c.title, c.detail ?? ''].join(' ')).join('\n'),
    solutions: data.solutions.map((s) => s.title).join('\n'),
    tags: [...data.tags, ...data.services].join(' '),
  };
}

/** fuse.js over pre-tokenized text (terms joined by spaces), location ignored so long fields match. */
export function fuseEngine(kb: KnowledgeBase): SearchEngine {
  const prepared = kb.runbooks.map((runbook) => {
    const doc = runbookDocument(runbook);
    return Object.fromEntries(Object.entries(doc).map(([k, v]) => [k, k === 'id' ? v : terms(v).join(' ')]));
  });
  const fuse = new Fuse(prepared, {
    keys: FIELDS.map((name) => ({ name, weight: BOOST[name] ?? 1 })),
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.4,
  });
  return {
    name: 'fuse.js',
    search: (query, limit) => fuse.search(terms(query).join(' '), { limit }).map((r) => String(r.item.id)),
  };
}

/** MiniSearch with the engine's tokenizer, fuzzy and prefix matching, terms combined with OR. */
export function miniSearchEngine(kb: KnowledgeBase): SearchEngine {
  const mini = new MiniSearch<RunbookDocument>({
    fields: [...FIELDS],
    tokenize: terms,
    processTerm: (term) => term,
    searchOptions: { boost: BOOST, fuzzy: 0.2, prefix: true, combineWith: 'OR' },
  });
  mini.addAll(kb.runbooks.map(runbookDocument));
  return {
    name: 'minisearch',
    search: (query, limit) => mini.search(query).slice(0, limit).map((r) => String(r.id)),
  };
}
