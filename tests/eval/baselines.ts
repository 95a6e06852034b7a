/**
 * The two baselines fixpath's ranking is compared against: fuse.js alone and MiniSearch alone,
 * over the same runbook fields with fixpath's field weights. Both get the engine's own
 * preprocessing (NFKC, lower case, masking of variable parts, Japanese bigrams, from
 * src/lib/text/tokenize.ts), so a comparison measures ranking, not text handling.
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { KnowledgeBase, RunbookEntry } from '../../src/lib/content/model.ts';
import { bodyText } from '../../src/lib/search/body-text.ts';
import { FIELDS, type Field } from '../../src/lib/search/types.ts';
import { FIELD_WEIGHT } from '../../src/lib/search/weights.ts';
import { tokenize } from '../../src/lib/text/tokenize.ts';
import type { SearchEngine } from './engines.ts';

/** A runbook's searchable text per field: the fields fixpath indexes, flattened to text. */
export type RunbookDocument = { id: string } & Record<Field, string>;

/** The engine's token terms: the baselines' whole text pipeline. */
export function terms(text: string): string[] {
  return tokenize(text).map((t) => t.term);
}

export function runbookDocument({ id, data, body }: RunbookEntry): RunbookDocument {
  return {
    id,
    symptoms: [...data.symptoms, ...data.alerts].join('\n'),
    title: data.title,
    summary: data.summary ?? '',
    causes: data.causes.map((c) => [c.title, c.detail ?? ''].join(' ')).join('\n'),
    solutions: data.solutions.map((s) => [s.title, ...(s.steps ?? [])].join('\n')).join('\n'),
    tags: [...data.tags, ...data.services, ...data.category.split('/')].join(' '),
    body: [bodyText(body), ...data.escalation].join('\n'),
  };
}

/**
 * Fields fuse.js searches: all but the body. Its bitap scan costs time in proportion to the text,
 * and on the evaluation set the body changed nothing (MRR@10 0.831 with it, 0.832 without) while
 * tripling the query time.
 */
const FUSE_FIELDS = FIELDS.filter((field) => field !== 'body');

/** fuse.js over pre-tokenized text (terms joined by spaces), location ignored so long fields match. */
export function fuseEngine(kb: KnowledgeBase): SearchEngine {
  const prepared = kb.runbooks.map((runbook) => {
    const doc = runbookDocument(runbook);
    return Object.fromEntries([['id', doc.id], ...FUSE_FIELDS.map((field) => [field, terms(doc[field]).join(' ')])]);
  });
  const fuse = new Fuse(prepared, {
    keys: FUSE_FIELDS.map((name) => ({ name, weight: FIELD_WEIGHT[name] })),
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.4,
  });
  return {
    name: 'fuse.js',
    search: (query, limit) => fuse.search(terms(query).join(' '), { limit }).map((r) => ({ id: String(r.item.id) })),
    // Fuse needs the documents as well as its index at search time.
    serialize: () => JSON.stringify({ docs: prepared, index: fuse.getIndex().toJSON() }),
  };
}

/**
 * MiniSearch's options: the engine's tokenizer, fuzzy and prefix matching, terms combined with OR
 * (also what bench/ loads a stored MiniSearch index with).
 */
export const miniSearchOptions = {
  fields: [...FIELDS],
  tokenize: terms,
  processTerm: (term: string) => term,
  searchOptions: { boost: FIELD_WEIGHT, fuzzy: 0.2, prefix: true, combineWith: 'OR' as const },
};

/** MiniSearch with miniSearchOptions. */
export function miniSearchEngine(kb: KnowledgeBase): SearchEngine {
  const mini = new MiniSearch<RunbookDocument>(miniSearchOptions);
  mini.addAll(kb.runbooks.map(runbookDocument));
  return {
    name: 'minisearch',
    search: (query, limit) => mini.search(query).slice(0, limit).map((r) => ({ id: String(r.id) })),
    serialize: () => JSON.stringify(mini),
  };
}
