/** The evaluation as a readable table: one row per kind of query, one column group per engine. */
import { CUTOFF, type Evaluation } from './evaluate.ts';
import { firstHit, type Scores } from './metrics.ts';
import { KINDS } from './queries.ts';

const pct = (x: number) => x.toFixed(3);
const cells = (s: Scores | undefined) => (s ? [pct(s.mrr10), pct(s.recall1), pct(s.recall3)] : ['-', '-', '-']);

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}

/** MRR@10, recall@1 and recall@3 for each engine, overall and per kind. */
export function scoreTable(evaluations: readonly Evaluation[]): string {
  const head = ['kind', 'n', ...evaluations.flatMap((e) => [`${e.engine} MRR@10`, 'R@1', 'R@3'])];
  const kinds = KINDS.filter((k) => evaluations[0]?.byKind.has(k));
  const rows = kinds.map((kind) => [
    kind,
    String(evaluations[0]!.byKind.get(kind)!.queries),
    ...evaluations.flatMap((e) => cells(e.byKind.get(kind))),
  ]);
  const overall = ['overall', String(evaluations[0]?.overall.queries ?? 0), ...evaluations.flatMap((e) => cells(e.overall))];
  return table([head, ...rows, overall]);
}

/** The queries whose first right answer is not at rank 1, with what came back instead. */
export function failures(evaluation: Evaluation): string {
  const lines = evaluation.judged
    .filter((j) => firstHit(j, 1) === undefined)
    .map((j) => {
      const rank = firstHit(j, CUTOFF);
      const text = j.query.query.split('\n')[0]!.slice(0, 70) + (j.query.query.includes('\n') ? ' […]' : '');
      return [
        `  [${j.query.kind}] ${text}`,
        `      expected ${j.expect.join(' | ')}: ${rank ? `rank ${rank}` : `not in top ${CUTOFF}`}; got ${j.ranked.slice(0, 3).join(', ') || '(nothing)'}`,
      ].join('\n');
    });
  return lines.length ? lines.join('\n') : '  (none)';
}
