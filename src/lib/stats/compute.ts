/**
 * Everything `fixpath stats` prints and the /stats/ page draws, computed in one place so the two
 * always agree. Durations are minutes; months are `YYYY-MM` in the site's timezone.
 */
import type { KnowledgeBase } from '../content/model.ts';
import { actionItemEffects, type ActionItemEffect } from './action-item-effects.ts';
import { actionItemStats, type ActionItemStats } from './action-items.ts';
import { availabilityByMonth, type MonthAvailability } from './availability.ts';
import { coverageGaps, type Coverage } from './coverage.ts';
import { deadlineStats, type DeadlineStats } from './deadlines.ts';
import { detectionSources, type QuarterSources } from './detection-sources.ts';
import { durationBreakdown, timeToDetect, timeToResolve, type DurationBreakdown } from './durations.ts';
import { incidentFacts } from './facts.ts';
import { occurrences, outages } from './kinds.ts';
import { solutionLeague, type League } from './league.ts';
import { monitoringGaps, type MonitoringGaps } from './monitoring-gaps.ts';
import { incidentsPerMonth, type MonthCount } from './monthly.ts';
import { quarterlyTrends, type QuarterTrend } from './quarterly.ts';
import { recurrenceStats, type RecurrenceStats } from './recurrence.ts';
import { INCIDENT_KINDS, type IncidentKind } from '../content/vocabulary.ts';

export interface Stats {
  timezone: string;
  /** ISO instant the action-item ages are measured at. */
  now: string;
  percentile_method: 'nearest-rank';
  incidents: number;
  /** Incidents by kind: drills and near misses are counted apart. */
  by_kind: Record<IncidentKind, number>;
  runbooks: number;
  per_month: MonthCount[];
  time_to_detect: DurationBreakdown;
  time_to_resolve: DurationBreakdown;
  monitoring_gaps: MonitoringGaps;
  solutions: League;
  coverage: Coverage;
  availability: MonthAvailability[];
  action_items: ActionItemStats;
  /** Undefined when the config has no severity_policy. */
  deadlines: DeadlineStats | undefined;
  detection_sources: QuarterSources[];
  recurrence: RecurrenceStats;
  quarterly: QuarterTrend[];
  action_item_effects: ActionItemEffect[];
}

/** The statistics of a knowledge base; `now` (epoch ms) only affects action-item ages. */
export function computeStats(kb: KnowledgeBase, now: number): Stats {
  const facts = incidentFacts(kb);
  return {
    timezone: kb.config.timezone,
    now: new Date(now).toISOString(),
    percentile_method: 'nearest-rank',
    incidents: facts.length,
    by_kind: Object.fromEntries(INCIDENT_KINDS.map((k) => [k, facts.filter((f) => f.incident.data.kind === k).length])) as Record<IncidentKind, number>,
    runbooks: kb.runbooks.length,
    per_month: incidentsPerMonth(facts),
    // Drills' detection is staged and near misses hurt no user: see kinds.ts.
    time_to_detect: durationBreakdown(occurrences(facts), timeToDetect),
    time_to_resolve: durationBreakdown(outages(facts), timeToResolve),
    monitoring_gaps: monitoringGaps(facts),
    solutions: solutionLeague(kb),
    coverage: coverageGaps(kb, facts),
    availability: availabilityByMonth(outages(facts), kb.config.timezone),
    action_items: actionItemStats(facts, now),
    deadlines: kb.config.severity_policy ? deadlineStats(facts, kb.config.severity_policy, kb.config.timezone) : undefined,
    detection_sources: detectionSources(facts),
    recurrence: recurrenceStats(facts),
    quarterly: quarterlyTrends(facts),
    action_item_effects: actionItemEffects(facts),
  };
}
