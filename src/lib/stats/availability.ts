/**
 * Availability per month against each SLA target. Unlike the single figure on an incident page
 * (src/lib/incidents/metrics.ts charges an incident to the month it started in), a month's budget
 * here gets exactly the minutes that fell in it: an incident from 23:30 on the 31st to 00:30 on
 * the 1st costs each month 30 minutes. Incidents that overlap in time count their common minutes
 * once, since the service was down once.
 */
import type { IncidentFacts } from './facts.ts';
import { monthStart, nextMonth, splitByMonth } from '../time/months.ts';

const MINUTE = 60_000;

export interface MonthAvailability {
  /** `YYYY-MM` in the site's timezone. */
  month: string;
  sla_target: number;
  /** Incidents with this target that were down during the month, in start order. */
  incidents: string[];
  downtime_minutes: number;
  /** Minutes in the local calendar month. */
  month_minutes: number;
  /** Downtime the target allows in the month: month_minutes × (1 − target/100). */
  allowed_minutes: number;
  /** 100 × (1 − downtime / month), in percent. */
  availability: number;
  /** downtime / allowed: 1 means the month's error budget is spent. */
  budget_used: number;
  /** availability < sla_target. */
  breached: boolean;
}

/** Merge overlapping [from, to) spans; input sorted by `from`. */
function union(spans: { from: number; to: number }[]): { from: number; to: number }[] {
  const merged: { from: number; to: number }[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.from <= last.to) last.to = Math.max(last.to, span.to);
    else merged.push({ ...span });
  }
  return merged;
}

/** One row per (month, target) that had downtime, by month then target; incidents without a target are left out. */
export function availabilityByMonth(facts: readonly IncidentFacts[], timeZone: string): MonthAvailability[] {
  const groups = new Map<string, { month: string; target: number; incidents: string[]; spans: { from: number; to: number }[] }>();
  for (const f of facts) {
    const target = f.incident.data.impact?.sla_target;
    if (target === undefined) continue;
    for (const part of splitByMonth(f.metrics.started, f.metrics.resolved, timeZone)) {
      const key = `${part.month} ${target}`;
      const group = groups.get(key) ?? { month: part.month, target, incidents: [], spans: [] };
      group.incidents.push(f.incident.id);
      group.spans.push({ from: part.from, to: part.to });
      groups.set(key, group);
    }
  }
  return [...groups.values()]
    .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : a.target - b.target))
    .map(({ month, target, incidents, spans }) => {
      const downtime = union([...spans].sort((a, b) => a.from - b.from)).reduce((sum, s) => sum + (s.to - s.from), 0) / MINUTE;
      const monthMinutes = (monthStart(nextMonth(month), timeZone) - monthStart(month, timeZone)) / MINUTE;
      const allowed = monthMinutes * (1 - target / 100);
      const availability = 100 * (1 - downtime / monthMinutes);
      return {
        month,
        sla_target: target,
        incidents,
        downtime_minutes: downtime,
        month_minutes: monthMinutes,
        allowed_minutes: allowed,
        availability,
        budget_used: downtime / allowed,
        breached: availability < target,
      };
    });
}
