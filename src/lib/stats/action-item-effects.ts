/**
 * Did a completed action item help? For every item marked done, the incidents of its incident's
 * runbooks before and after. An item carries no completion date, so the split is the moment its
 * post-mortem's incident was resolved (when the item was agreed): "after" is what still happened
 * once the team knew. Drills are left out.
 */
import type { IncidentFacts } from './facts.ts';
import { occurrences } from './kinds.ts';

export interface ActionItemEffect {
  incident: string;
  title: string;
  runbooks: string[];
  /** Ids of incidents of those runbooks that started before the incident was resolved (itself excluded). */
  before: string[];
  /** Ids of incidents of those runbooks that started after it was resolved. */
  after: string[];
}

export function actionItemEffects(facts: readonly IncidentFacts[]): ActionItemEffect[] {
  const seen = occurrences(facts);
  return facts.flatMap((f) => {
    const items = f.incident.data.action_items.filter((item) => item.done);
    if (!items.length || !f.runbooks.length) return [];
    const related = seen.filter((o) => o !== f && o.runbooks.some((r) => f.runbooks.includes(r)));
    const before = related.filter((o) => o.metrics.started < f.metrics.resolved).map((o) => o.incident.id);
    const after = related.filter((o) => o.metrics.started >= f.metrics.resolved).map((o) => o.incident.id);
    return items.map((item) => ({ incident: f.incident.id, title: item.title, runbooks: f.runbooks, before, after }));
  });
}
