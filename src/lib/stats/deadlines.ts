/** Incidents that missed their response deadline (src/lib/incidents/response.ts), drills left out. */
import type { SeverityPolicy } from '../content/schema.ts';
import { responseCheck } from '../incidents/response.ts';
import type { IncidentFacts } from './facts.ts';
import { occurrences } from './kinds.ts';

export interface MissedDeadline {
  id: string;
  title: string;
  /** `P1`..`P4`. */
  level: string;
  respond_minutes: number;
  response_minutes: number;
}

export interface DeadlineStats {
  /** Incidents whose severity has a deadline in the policy. */
  checked: number;
  met: number;
  /** Slowest first. */
  missed: MissedDeadline[];
  /** Ids of incidents with a deadline but no `detected` or no event after it. */
  unknown: string[];
}

export function deadlineStats(facts: readonly IncidentFacts[], policy: SeverityPolicy | undefined, timeZone: string): DeadlineStats {
  const stats: DeadlineStats = { checked: 0, met: 0, missed: [], unknown: [] };
  for (const f of occurrences(facts)) {
    const check = responseCheck(f.incident.data, policy, timeZone);
    if (!check) continue;
    stats.checked += 1;
    if (check.met) stats.met += 1;
    else if (check.response_minutes === undefined) stats.unknown.push(f.incident.id);
    else {
      stats.missed.push({
        id: f.incident.id,
        title: f.incident.data.title,
        level: check.deadline.level,
        respond_minutes: check.deadline.respond_minutes,
        response_minutes: check.response_minutes,
      });
    }
  }
  stats.missed.sort((a, b) => b.response_minutes - a.response_minutes);
  return stats;
}
