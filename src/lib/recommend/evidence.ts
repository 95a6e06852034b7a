/**
 * A solution's record in words, in the site's two languages, so the runbook page, the search
 * results and the CLI describe the same evidence the same way.
 */
import type { Lang } from '../content/schema.ts';
import type { Recommendation } from './recommend.ts';

type Evidence = Pick<Recommendation, 'attempts' | 'resolved' | 'mitigated' | 'last'>;

/**
 * `resolved 4 of 5, mitigated 1, last 2026-03-02` / `5回中4回で解決、1回で緩和（最終 2026-03-02）`;
 * `mitigated 5 of 5, last 2026-05-08` / `5回中5回で緩和（最終 2026-05-08）` when it only ever mitigated;
 * `failed 3 of 3, last 2021-02-06` / `3回中3回とも効果なし（最終 2021-02-06）` when it never helped;
 * `no record yet` / `まだ実績なし` when untried.
 */
export function describeEvidence(rec: Evidence, lang: Lang): string {
  const failedEvery = rec.attempts > 0 && !rec.resolved && !rec.mitigated;
  if (lang === 'ja') {
    if (!rec.attempts) return 'まだ実績なし';
    const last = rec.last ? `（最終 ${rec.last}）` : '';
    if (failedEvery) return `${rec.attempts}回中${rec.attempts}回とも効果なし${last}`;
    if (!rec.resolved) return `${rec.attempts}回中${rec.mitigated}回で緩和${last}`;
    const mitigated = rec.mitigated ? `、${rec.mitigated}回で緩和` : '';
    return `${rec.attempts}回中${rec.resolved}回で解決${mitigated}${last}`;
  }
  if (!rec.attempts) return 'no record yet';
  const last = rec.last ? `, last ${rec.last}` : '';
  if (failedEvery) return `failed ${rec.attempts} of ${rec.attempts}${last}`;
  if (!rec.resolved) return `mitigated ${rec.mitigated} of ${rec.attempts}${last}`;
  const mitigated = rec.mitigated ? `, mitigated ${rec.mitigated}` : '';
  return `resolved ${rec.resolved} of ${rec.attempts}${mitigated}${last}`;
}

/** Whether a record shows the solution helped at least once: only then may it be called "works most often". */
export function hasWorked(rec: Pick<Recommendation, 'resolved' | 'mitigated'>): boolean {
  return rec.resolved + rec.mitigated > 0;
}
