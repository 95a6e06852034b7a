/**
 * Search quality may not regress: for every evaluation set (tests/eval/sets/), fixpath's MRR@10
 * with and without the set's glossary stays at or above that set's floor, and above MiniSearch
 * measured in the same run (the stronger baseline on both sets; fuse.js, weaker and far slower,
 * is compared by `npm run eval` only: on a busy machine it alone took over ten minutes here).
 * The floors are what the engine reaches today (see `npm run eval` for the full tables), not
 * wishes: raise them when the engine improves.
 */
import { describe, expect, it } from 'vitest';
import { miniSearchEngine } from './baselines.ts';
import { evaluate } from './evaluate.ts';
import { fixpathEngine } from './fixpath.ts';
import { failures } from './report.ts';
import { evalSets, loadSet, withoutGlossary } from './sets.ts';

/** Per set: MRR@10 floors with the glossary and with it removed. */
const FLOORS: Record<string, { glossary: number; bare: number }> = {
  sample: { glossary: 0.93, bare: 0.93 },
  harborline: { glossary: 0.95, bare: 0.95 },
};

const sets = evalSets();

it('finds the sample evaluation set with at least 100 queries', () => {
  expect(sets.find((s) => s.name === 'sample')?.queries.length).toBeGreaterThanOrEqual(100);
});

describe.each(sets.filter((s) => FLOORS[s.name]))('search quality floor: $name', (set) => {
  const floor = FLOORS[set.name]!;

  const measured = (async () => {
    const { kb, queries } = await loadSet(set);
    return {
      fixpath: evaluate(fixpathEngine(kb), queries),
      bare: evaluate(fixpathEngine(withoutGlossary(kb)), queries),
      baseline: evaluate(miniSearchEngine(kb), queries),
    };
  })();

  it(`keeps MRR@10 at or above ${floor.glossary}, and above MiniSearch`, async () => {
    const { fixpath, baseline } = await measured;
    expect(fixpath.overall.mrr10, `queries not answered first:\n${failures(fixpath)}`).toBeGreaterThanOrEqual(floor.glossary);
    expect(fixpath.overall.mrr10, `fixpath vs ${baseline.engine}`).toBeGreaterThan(baseline.overall.mrr10);
  }, 600_000);

  it(`keeps MRR@10 at or above ${floor.bare} with the glossary removed`, async () => {
    const { bare } = await measured;
    expect(bare.overall.mrr10, `queries not answered first:\n${failures(bare)}`).toBeGreaterThanOrEqual(floor.bare);
  }, 600_000);
});
