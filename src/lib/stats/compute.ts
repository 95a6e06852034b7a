/**
 * Everything `fixpath stats` prints and the /stats/ page draws, computed in one place so the two
 * always agree. Durations are minutes; months are `YYYY-MM` in the site's timezone.
 */
import type { KnowledgeBase } from '../content/model.ts';
import { actionItemStats, type ActionItemStats } from './action-items.ts';
import { availabilityByMonth, type MonthAvailability } from './availability.ts';
import { coverageGaps, type Coverage } from './coverage.ts';
import { durationBreakdown, timeToDetect, timeToResolve, type DurationBreakdown } from './durations.ts';
import { incidentFacts } from './facts.ts';
import { solutionLeague, type League } from './league.ts';
import { monitoringGaps, type MonitoringGaps } from './monitoring-gaps.ts';
import { incidentsPerMonth, type MonthCount } from './monthly.ts';

export interface Stats {
  timezone: string;
  /** ISO instant the action-item ages are measured at. */
  now: string;
  percentile_method: 'nearest-rank';
  incidents: number;
  runbooks: number;
  per_month: MonthCount[];
  time_to_detect: DurationBreakdown;
  time_to_resolve: DurationBreakdown;
  monitoring_gaps: MonitoringGaps;
  solutions: League;
  coverage: Coverage;
  availability: MonthAvailability[];
  action_items: ActionItemStats;
}

/** The statistics of a knowledge base; `now` (epoch ms) only affects action-item ages. */
export function computeStats(kb: KnowledgeBase, now: number): Stats {
  const facts = incidentFacts(kb);
  return {
    timezone: kb.config.timezone,
    now: new Date(now).toISOString(),
    percentile_method: 'nearest-rank',
    incidents: facts.length,
    runbooks: kb.runbooks.length,
    per_month: incidentsPerMonth(facts),
    time_to_detect: durationBreakdown(facts, timeToDetect),
    time_to_resolve: durationBreakdown(facts, timeToResolve),
    monitoring_gaps: monitoringGaps(facts),
    solutions: solutionLeague(kb),
    coverage: coverageGaps(kb, facts),
    availability: availabilityByMonth(facts, kb.config.timezone),
    action_items: actionItemStats(facts, now),
  };
}
