/** The evaluation as readable tables: one row per kind of query, one column group per engine. */
import { CUTOFF, type Evaluation, recommendationPasses } from './evaluate.ts';
import { firstHit, type Scores } from './metrics.ts';
import { KINDS } from './queries.ts';

const pct = (x: number) => x.toFixed(3);
const cells = (s: Scores | undefined) => (s ? [pct(s.mrr10), pct(s.recall1), pct(s.recall3)] : ['-', '-', '-']);

export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}

/** MRR@10, recall@1 and recall@3 for each engine, overall and per kind, then the miss rate. */
export function scoreTable(evaluations: readonly Evaluation[]): string {
  const head = ['kind', 'n', ...evaluations.flatMap((e) => [`${e.engine} MRR@10`, 'R@1', 'R@3'])];
  const kinds = KINDS.filter((k) => evaluations[0]?.byKind.has(k));
  const rows = kinds.map((kind) => [
    kind,
    String(evaluations[0]!.byKind.get(kind)!.queries),
    ...evaluations.flatMap((e) => cells(e.byKind.get(kind))),
  ]);
  const overall = ['overall', String(evaluations[0]?.overall.queries ?? 0), ...evaluations.flatMap((e) => cells(e.overall))];
  const miss = ['miss rate', '', ...evaluations.flatMap((e) => [pct(1 - e.overall.mrr10), '', ''])];
  return table([head, ...rows, overall, miss]);
}

const firstLine = (query: string) => query.split('\n')[0]!.slice(0, 70) + (query.includes('\n') ? ' […]' : '');

/** Each `recommend` query: pass or fail, with the top hit and the solution it recommends first. */
export function recommendationChecks(evaluation: Evaluation): { passed: number; total: number; text: string } {
  const checks = evaluation.judged.filter((j) => j.query.kind === 'recommend');
  const lines = checks.map((j) => {
    const ok = recommendationPasses(j);
    const got = j.ranked[0] ? `top ${j.ranked[0]} recommends ${j.recommendation ?? '(nothing)'}` : 'no result';
    return `  ${ok ? 'pass' : 'FAIL'}  ${firstLine(j.query.query)}\n        want ${j.query.best}; ${got}`;
  });
  return {
    passed: checks.filter(recommendationPasses).length,
    total: checks.length,
    text: lines.length ? lines.join('\n') : '  (no recommend queries)',
  };
}

/** The queries not answered first (for nomatch: answered with a hit not marked weak). */
export function failures(evaluation: Evaluation): string {
  const lines = evaluation.judged
    .filter((j) => (j.expect.length ? firstHit(j, 1) === undefined : j.ranked.some((_, i) => !j.weak?.[i])))
    .map((j) => {
      const rank = firstHit(j, CUTOFF);
      const got = j.ranked.slice(0, 3).map((id, i) => (j.weak?.[i] ? `${id} (weak)` : id)).join(', ') || '(nothing)';
      const want = j.expect.length
        ? `expected ${j.expect.join(' | ')}: ${rank ? `rank ${rank}` : `not in top ${CUTOFF}`}`
        : 'expected no answer';
      return [`  [${j.query.kind}] ${firstLine(j.query.query)}`, `      ${want}; got ${got}`].join('\n');
    });
  return lines.length ? lines.join('\n') : '  (none)';
}
