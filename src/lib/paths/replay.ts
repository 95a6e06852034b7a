/**
 * A replay step's view model: the incident as it looked when it was detected (symptoms, the alert,
 * the timeline up to detection), the first responses to choose from (the solutions of its
 * runbooks), and what the reveal shows (the attempts in order, and which brought service back).
 */
import type { IncidentEntry, KnowledgeBase } from '../content/model.ts';
import { parseSolutionRef, runbookById, solutionKey } from '../content/refs.ts';
import type { Outcome, SolutionKind } from '../content/vocabulary.ts';
import { momentToInstant, toInstant } from '../time/datetime.ts';

export interface ReplayChoice {
  /** `runbook#solution`. */
  key: string;
  title: string;
  kind: SolutionKind;
}

export interface ReplayAttempt {
  key: string;
  title: string;
  outcome: Outcome;
  note?: string;
}

export interface ReplayView {
  id: string;
  title: string;
  symptoms: string[];
  alert?: string;
  /** Timeline events at or before detection (all of them without `detected`: the first three). */
  seen: string[];
  choices: ReplayChoice[];
  tried: ReplayAttempt[];
  /** Keys of the attempts that resolved it. */
  worked: string[];
  self_recovered: boolean;
}

export function replayView(incident: IncidentEntry, kb: Pick<KnowledgeBase, 'runbooks' | 'config'>): ReplayView {
  const data = incident.data;
  const timeZone = kb.config.timezone;
  const runbooks = runbookById(kb as KnowledgeBase);
  const started = toInstant(data.started, timeZone) ?? 0;
  const detected = data.detected === undefined ? undefined : toInstant(data.detected, timeZone);
  const seen = data.timeline
    .filter((e) => detected === undefined || (momentToInstant(e.at, started, timeZone) ?? Infinity) <= detected)
    .slice(0, detected === undefined ? 3 : undefined)
    .map((e) => e.event);
  const choices = data.runbooks.flatMap((id) =>
    (runbooks.get(id)?.data.solutions ?? []).map((s) => ({ key: solutionKey({ runbook: id, solution: s.id }), title: s.title, kind: s.kind })),
  );
  const titleOf = new Map(choices.map((c) => [c.key, c.title]));
  const tried = data.attempts.flatMap((a): ReplayAttempt[] => {
    const ref = parseSolutionRef(a.solution, data);
    if (!ref) return [];
    const key = solutionKey(ref);
    return [{ key, title: titleOf.get(key) ?? key, outcome: a.outcome, ...(a.note === undefined ? {} : { note: a.note }) }];
  });
  return {
    id: incident.id,
    title: data.title,
    symptoms: data.symptoms,
    ...(data.detection?.alert === undefined ? {} : { alert: data.detection.alert }),
    seen,
    choices,
    tried,
    worked: tried.filter((a) => a.outcome === 'resolved').map((a) => a.key),
    self_recovered: data.self_recovered,
  };
}
