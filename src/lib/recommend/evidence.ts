/**
 * A solution's record in words, in the site's two languages, so the runbook page, the search
 * results and the CLI describe the same evidence the same way.
 */
import type { Lang } from '../content/schema.ts';
import type { Recommendation } from './recommend.ts';

type Evidence = Pick<Recommendation, 'attempts' | 'resolved' | 'mitigated' | 'last'>;

/**
 * `resolved 4 of 5, mitigated 1, last 2026-03-02` / `5回中4回で解決、1回で緩和（最終 2026-03-02）`;
 * `not tried in any incident yet` / `まだインシデントでの実績なし` when untried.
 */
export function describeEvidence(rec: Evidence, lang: Lang): string {
  if (lang === 'ja') {
    if (!rec.attempts) return 'まだインシデントでの実績なし';
    const mitigated = rec.mitigated ? `、${rec.mitigated}回で緩和` : '';
    const last = rec.last ? `（最終 ${rec.last}）` : '';
    return `${rec.attempts}回中${rec.resolved}回で解決${mitigated}${last}`;
  }
  if (!rec.attempts) return 'not tried in any incident yet';
  const mitigated = rec.mitigated ? `, mitigated ${rec.mitigated}` : '';
  const last = rec.last ? `, last ${rec.last}` : '';
  return `resolved ${rec.resolved} of ${rec.attempts}${mitigated}${last}`;
}
