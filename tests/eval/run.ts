/**
 * `npm run eval`: for every evaluation set (tests/eval/sets/), fixpath's search and the two
 * baselines over the same queries in one run, with the set's glossary and without it; prints
 * MRR@10, recall@1 and recall@3 per kind of query, the recommendation checks, the queries fixpath
 * does not answer first, then one summary line per set against the targets of issue 10.
 */
import { fuseEngine, miniSearchEngine } from './baselines.ts';
import type { EngineFactory } from './engines.ts';
import { type Evaluation, evaluate } from './evaluate.ts';
import { fixpathEngine } from './fixpath.ts';
import { failures, recommendationChecks, scoreTable, table } from './report.ts';
import { evalSets, loadSet, withoutGlossary } from './sets.ts';

const FACTORIES: EngineFactory[] = [fixpathEngine, fuseEngine, miniSearchEngine];
const f3 = (x: number) => x.toFixed(3);

const summary: string[][] = [
  ['set', 'n', 'fixpath', 'no glossary', 'fuse.js', 'minisearch', 'miss / best baseline miss', 'worst kind', 'recommend'],
];
for (const set of evalSets()) {
  const loaded = await loadSet(set);
  const { kb, queries } = loaded;
  console.log(`\n=== ${set.name}: ${queries.length} queries over ${kb.runbooks.length} runbooks, ${kb.glossary.length} glossary terms (${set.content})`);
  if (loaded.contentErrors) console.log(`note: ${loaded.contentErrors} content errors (run fixpath validate)`);
  if (loaded.unknown.length) console.log(`note: expected runbooks not in content: ${loaded.unknown.join(', ')}`);

  const bare = withoutGlossary(kb);
  const withGlossary = FACTORIES.map((factory) => evaluate(factory(kb), queries));
  const noGlossary = FACTORIES.map((factory) => {
    const engine = factory(bare);
    return evaluate(engine, queries, `${engine.name} -gloss`);
  });
  const [fixpath, fuse, mini] = withGlossary as [Evaluation, Evaluation, Evaluation];
  const bareFixpath = noGlossary[0]!;

  console.log(`\nwith the glossary:\n${scoreTable(withGlossary)}`);
  console.log(`\nglossary removed (the baselines never read it: same figures, measured again):\n${scoreTable(noGlossary)}`);
  const checks = recommendationChecks(fixpath);
  console.log(`\nrecommendation checks (fixpath): ${checks.passed}/${checks.total} pass\n${checks.text}`);
  const weakRight = fixpath.judged.filter((j) => j.expect.length && j.ranked.some((id, i) => j.expect.includes(id) && j.weak?.[i]));
  console.log(`\nanswerable queries whose right runbook came back marked weak: ${weakRight.length}`);
  console.log(`\nqueries fixpath does not answer first:\n${failures(fixpath)}`);
  console.log(`\nqueries fixpath without the glossary does not answer first:\n${failures(bareFixpath)}`);

  const bestBaselineMiss = Math.min(1 - fuse.overall.mrr10, 1 - mini.overall.mrr10);
  const worst = [...fixpath.byKind].sort((a, b) => a[1].mrr10 - b[1].mrr10)[0]!;
  summary.push([
    set.name,
    String(queries.length),
    f3(fixpath.overall.mrr10),
    f3(bareFixpath.overall.mrr10),
    f3(fuse.overall.mrr10),
    f3(mini.overall.mrr10),
    bestBaselineMiss ? f3((1 - fixpath.overall.mrr10) / bestBaselineMiss) : '-',
    `${worst[0]} ${f3(worst[1].mrr10)}`,
    `${checks.passed}/${checks.total}`,
  ]);
}
console.log(`\n=== summary (MRR@10; targets: >= 0.95, no glossary >= 0.90, miss ratio <= 0.333, every kind >= 0.85, all checks pass)\n${table(summary)}`);
