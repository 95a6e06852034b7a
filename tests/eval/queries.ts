/** The evaluation queries (queries.yaml), checked on load so a typo in the file fails loudly. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export const KINDS = ['exact', 'variant', 'paraphrase', 'crosslang', 'fullwidth', 'typo', 'log', 'vague'] as const;
export type QueryKind = (typeof KINDS)[number];

export interface EvalQuery {
  kind: QueryKind;
  query: string;
  /** Runbook ids that answer the query. */
  expect: string[];
}

export function loadQueries(file = new URL('./queries.yaml', import.meta.url)): EvalQuery[] {
  const raw: unknown = parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(raw)) throw new Error('queries.yaml: expected a list of queries');
  return raw.map((item: Partial<EvalQuery>, i) => {
    const ok =
      KINDS.includes(item.kind as QueryKind) &&
      typeof item.query === 'string' &&
      item.query.trim() !== '' &&
      Array.isArray(item.expect) &&
      item.expect.length > 0;
    if (!ok) throw new Error(`queries.yaml: query ${i + 1} needs kind (${KINDS.join(', ')}), query and expect`);
    return { kind: item.kind!, query: item.query!.trimEnd(), expect: item.expect!.map(String) };
  });
}
