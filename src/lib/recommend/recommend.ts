/**
 * Success-weighted recommendations: for every runbook, its solutions ordered by how well they
 * have worked in the incidents that tried them. Pages, the search results and the CLI all show
 * this one ranking.
 */
import type { IncidentEntry, KnowledgeBase } from '../content/model.ts';
import { parseSolutionRef, solutionKey } from '../content/refs.ts';
import type { Outcome, SolutionKind } from '../content/schema.ts';
import { localDate, momentToInstant, parseDuration, toInstant } from '../time/datetime.ts';
import { cautiousSuccessRate } from './confidence.ts';
import { attemptWeight } from './decay.ts';

const MINUTE = 60_000;

/** One solution of a runbook with its record in incidents. */
export interface Recommendation {
  /** `runbook-id#solution-id`. */
  solution: string;
  title: string;
  kind: SolutionKind;
  /** Raw counts over every incident attempt (not discounted). */
  attempts: number;
  resolved: number;
  mitigated: number;
  failed: number;
  /** (resolved + mitigated / 2) / attempts; 0 when untried. */
  success_rate: number;
  /** Ranking score in 0..1: a cautious, time-discounted estimate of the success rate. */
  score: number;
  /** Local date (site timezone) of the latest attempt, when there is one. */
  last?: string;
}

/** How much one outcome counts as a success. */
const SUCCESS_VALUE: Record<Outcome, number> = { resolved: 1, mitigated: 0.5, failed: 0 };

interface Tally {
  attempts: number;
  resolved: number;
  mitigated: number;
  failed: number;
  weightedTrials: number;
  weightedSuccesses: number;
  lastInstant?: number;
}

interface DatedAttempt {
  key: string;
  outcome: Outcome;
  instant: number;
}

/**
 * Every runbook's solutions, best first. Key: runbook id. Solutions with equal scores (in
 * particular all untried ones) keep the author's order.
 *
 * Ages are measured from the latest incident's `resolved` time, not from the clock, so the same
 * content always produces the same output.
 */
export function recommendSolutions(kb: KnowledgeBase): Map<string, Recommendation[]> {
  const timeZone = kb.config.timezone;
  const halfLife = parseDuration(kb.config.success.half_life);
  const attempts = kb.incidents
    .filter((incident) => countsInRecords(incident, kb.config.success.count_drills))
    .flatMap((incident) => datedAttempts(incident, timeZone));
  const reference = Math.max(
    ...kb.incidents.map((i) => toInstant(i.data.resolved, timeZone) ?? -Infinity),
    ...attempts.map((a) => a.instant),
  );

  const tallies = new Map<string, Tally>();
  for (const { key, outcome, instant } of attempts) {
    const tally = tallies.get(key) ?? emptyTally();
    const weight = attemptWeight((reference - instant) / MINUTE, halfLife);
    tally.attempts += 1;
    tally[outcome] += 1;
    tally.weightedTrials += weight;
    tally.weightedSuccesses += weight * SUCCESS_VALUE[outcome];
    if (tally.lastInstant === undefined || instant > tally.lastInstant) tally.lastInstant = instant;
    tallies.set(key, tally);
  }

  const result = new Map<string, Recommendation[]>();
  for (const runbook of kb.runbooks) {
    const recommendations = runbook.data.solutions.map((solution): Recommendation => {
      const key = solutionKey({ runbook: runbook.id, solution: solution.id });
      const t = tallies.get(key) ?? emptyTally();
      return {
        solution: key,
        title: solution.title,
        kind: solution.kind,
        attempts: t.attempts,
        resolved: t.resolved,
        mitigated: t.mitigated,
        failed: t.failed,
        success_rate: t.attempts ? (t.resolved + t.mitigated / 2) / t.attempts : 0,
        score: cautiousSuccessRate(t.weightedSuccesses, t.weightedTrials),
        ...(t.lastInstant === undefined ? {} : { last: localDate(t.lastInstant, timeZone) }),
      };
    });
    // Array.prototype.sort is stable, so ties keep the author's order.
    result.set(runbook.id, recommendations.sort((a, b) => b.score - a.score));
  }
  return result;
}

function emptyTally(): Tally {
  return { attempts: 0, resolved: 0, mitigated: 0, failed: 0, weightedTrials: 0, weightedSuccesses: 0 };
}

/** A drill is a rehearsal: its attempts count only where the config says so. */
export function countsInRecords(incident: IncidentEntry, countDrills: boolean): boolean {
  return incident.data.kind !== 'drill' || countDrills;
}

/**
 * An incident's attempts with resolved references and a time: the attempt's own `at` when given,
 * else the incident's `resolved`. References that do not resolve are skipped (the validator
 * reports them).
 */
function datedAttempts(incident: IncidentEntry, timeZone: string): DatedAttempt[] {
  const started = toInstant(incident.data.started, timeZone);
  const resolved = toInstant(incident.data.resolved, timeZone);
  if (started === undefined || resolved === undefined) return [];
  return incident.data.attempts.flatMap((attempt) => {
    // Service came back by itself: what was tried before never earns credit for it. A failure is
    // still a failure (it did not help); a "mitigated" is left out, since nothing shows it helped.
    if (incident.data.self_recovered && attempt.outcome !== 'failed') return [];
    const ref = parseSolutionRef(attempt.solution, incident.data);
    if (!ref) return [];
    const at = attempt.at === undefined ? undefined : momentToInstant(attempt.at, started, timeZone);
    return [{ key: solutionKey(ref), outcome: attempt.outcome, instant: at ?? resolved }];
  });
}
