/**
 * Open action items by horizon and age. An item has no date of its own: it was agreed when the
 * post-mortem was written, so its age counts from the incident's `resolved` time. It is overdue
 * once older than its horizon: short within a month, mid within three, long within six, the
 * horizons post-mortems here are written against.
 */
import { HORIZONS, type Horizon } from '../content/vocabulary.ts';
import type { IncidentFacts } from './facts.ts';

const DAY = 86_400_000;

/** Days each horizon allows before an open item counts as overdue. */
export const HORIZON_DAYS: Record<Horizon, number> = { short: 30, mid: 90, long: 180 };

export interface OpenActionItem {
  incident: string;
  title: string;
  horizon: Horizon;
  owner?: string;
  /** Whole days since the incident was resolved. */
  age_days: number;
  overdue: boolean;
}

export interface HorizonCount {
  open: number;
  done: number;
  overdue: number;
}

export interface ActionItemStats {
  by_horizon: Record<Horizon, HorizonCount>;
  /** Open items, oldest first. */
  open: OpenActionItem[];
}

/** `now`: epoch milliseconds the ages are measured at (passed in, so the same input gives the same output). */
export function actionItemStats(facts: readonly IncidentFacts[], now: number): ActionItemStats {
  const by_horizon = Object.fromEntries(HORIZONS.map((h) => [h, { open: 0, done: 0, overdue: 0 }])) as Record<Horizon, HorizonCount>;
  const open: OpenActionItem[] = [];
  for (const f of facts) {
    const age = Math.max(0, Math.floor((now - f.metrics.resolved) / DAY));
    for (const item of f.incident.data.action_items) {
      const count = by_horizon[item.horizon];
      if (item.done) {
        count.done += 1;
        continue;
      }
      const overdue = age > HORIZON_DAYS[item.horizon];
      count.open += 1;
      if (overdue) count.overdue += 1;
      open.push({
        incident: f.incident.id,
        title: item.title,
        horizon: item.horizon,
        ...(item.owner === undefined ? {} : { owner: item.owner }),
        age_days: age,
        overdue,
      });
    }
  }
  // Stable sort: items of one incident keep their written order.
  return { by_horizon, open: open.sort((a, b) => b.age_days - a.age_days) };
}
