/**
 * Evaluation queries: every `*.yaml` file of a set's `queries/` folder, checked on load so that a
 * typo in a file fails loudly with the file and the query's position.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export const KINDS = [
  'exact',
  'variant',
  'paraphrase',
  'crosslang',
  'fullwidth',
  'typo',
  'log',
  'vague',
  'nomatch',
  'recommend',
] as const;
export type QueryKind = (typeof KINDS)[number];

export interface EvalQuery {
  kind: QueryKind;
  query: string;
  /** Runbook ids that answer the query; empty for `nomatch` (nothing in the knowledge base does). */
  expect: string[];
  /** `recommend` only: the solution (`runbook#solution`) the top runbook should recommend first. */
  best?: string;
  /** The file it came from, relative to the queries folder. */
  file: string;
}

interface RawQuery {
  kind?: unknown;
  query?: unknown;
  expect?: unknown;
  best?: unknown;
}

function checkQuery(item: RawQuery, where: string, file: string): EvalQuery {
  const kind = item.kind as QueryKind;
  if (!KINDS.includes(kind)) throw new Error(`${where}: kind must be one of ${KINDS.join(', ')}`);
  if (typeof item.query !== 'string' || !item.query.trim()) throw new Error(`${where}: query must be a non-empty text`);
  if (!Array.isArray(item.expect)) throw new Error(`${where}: expect must be a list of runbook ids`);
  const expect = item.expect.map(String);
  if (kind === 'nomatch' ? expect.length > 0 : expect.length === 0) {
    throw new Error(`${where}: ${kind === 'nomatch' ? 'a nomatch query expects []' : 'expect needs at least one runbook id'}`);
  }
  const query: EvalQuery = { kind, query: item.query.trimEnd(), expect, file };
  if (kind === 'recommend') {
    const best = typeof item.best === 'string' ? item.best : '';
    if (!expect.includes(best.split('#')[0]!) || !best.includes('#')) {
      throw new Error(`${where}: a recommend query needs best: <runbook>#<solution>, with the runbook in expect`);
    }
    query.best = best;
  }
  return query;
}

/** The queries of one YAML file (a list of `{ kind, query, expect, best? }`). */
export function parseQueries(text: string, file: string): EvalQuery[] {
  const raw: unknown = parse(text);
  if (!Array.isArray(raw)) throw new Error(`${file}: expected a list of queries`);
  return raw.map((item: RawQuery, i) => checkQuery(item ?? {}, `${file}: query ${i + 1}`, file));
}

/** Every query of a `queries/` folder, files in name order. */
export function loadQueries(dir: string): EvalQuery[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .flatMap((name) => parseQueries(readFileSync(path.join(dir, name), 'utf8'), name));
}
