/**
 * Search quality may not regress: over the evaluation queries (queries.yaml) and the sample
 * content, fixpath's MRR@10 stays at or above the floor and above both baselines, measured in the
 * same run. `npm run eval` prints the full table.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/node/content.ts';
import { fuseEngine, miniSearchEngine } from './baselines.ts';
import { type Evaluation, evaluate } from './evaluate.ts';
import { fixpathEngine } from './fixpath.ts';
import { loadQueries } from './queries.ts';
import { failures } from './report.ts';

const FLOOR = 0.9;
const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

describe('search quality floor', () => {
  let fixpath: Evaluation;
  let baselines: Evaluation[];

  // fuse.js scans every field for every query: this takes a while on a busy machine.
  beforeAll(async () => {
    const { kb } = await loadContent(CONTENT);
    const queries = loadQueries();
    fixpath = evaluate(fixpathEngine(kb), queries);
    baselines = [fuseEngine, miniSearchEngine].map((factory) => evaluate(factory(kb), queries));
  }, 600_000);

  it('evaluates at least 100 queries against the sample runbooks', () => {
    expect(fixpath.overall.queries).toBeGreaterThanOrEqual(100);
  });

  it(`keeps fixpath's MRR@10 at or above ${FLOOR}`, () => {
    expect(fixpath.overall.mrr10, `queries not answered first:\n${failures(fixpath)}`).toBeGreaterThanOrEqual(FLOOR);
  });

  it('ranks better than fuse.js and MiniSearch on the same queries', () => {
    for (const baseline of baselines) {
      expect(fixpath.overall.mrr10, `fixpath vs ${baseline.engine}`).toBeGreaterThan(baseline.overall.mrr10);
    }
  });
});
