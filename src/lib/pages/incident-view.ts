/**
 * The incident page as one object, built from the parsed knowledge base: its derived numbers, the
 * attempts with the solutions they name, and what surrounds it: the other incidents of the same
 * runbooks, or, for an incident that names no runbook, the runbooks that probably apply (the
 * index's related entries). The Astro page only renders it.
 */
import type { IncidentEntry, KnowledgeBase } from '../content/model.ts';
import { HORIZONS, type ActionItem, type Horizon, type Severity } from '../content/schema.ts';
import { runbookById } from '../content/refs.ts';
import type { Routes } from '../routes.ts';
import { resolveAttempts, type ResolvedAttempt } from '../incidents/attempts.ts';
import { incidentMetrics, type IncidentMetrics } from '../incidents/metrics.ts';
import { withInstants } from '../incidents/timeline.ts';
import { incidentFacts } from '../stats/facts.ts';
import { localDate } from '../time/datetime.ts';

export interface LinkedRunbook {
  id: string;
  title: string;
  url: string;
}

export interface SiblingIncident {
  id: string;
  title: string;
  url: string;
  /** Local date it started. */
  date: string;
  severity: Severity;
  minutes: number;
}

export interface IncidentView {
  id: string;
  title: string;
  severity: Severity;
  metrics: IncidentMetrics;
  /** The runbooks it names. */
  runbooks: LinkedRunbook[];
  timeline: { event: string; actor: string | undefined; at: number | undefined }[];
  attempts: (ResolvedAttempt & { at: number | undefined })[];
  rootCause: { layer: 'technical' | 'process' | 'organizational'; items: string[] }[];
  actions: { horizon: Horizon; items: ActionItem[] }[];
  /** Other incidents of the runbooks it used, newest first. */
  siblings: SiblingIncident[];
  /** When it used no runbook: those that probably apply, most similar first; undefined when it used one. */
  probable: LinkedRunbook[] | undefined;
}

export interface IncidentViewInput {
  kb: KnowledgeBase;
  incident: IncidentEntry;
  routes: Routes;
  /** The index's related runbooks of this incident (src/lib/search/related.ts). */
  related: readonly { id: string }[];
}

/** Most sibling incidents listed. */
const SIBLINGS = 8;

export function incidentView({ kb, incident, routes, related }: IncidentViewInput): IncidentView {
  const timeZone = kb.config.timezone;
  const data = incident.data;
  const runbooks = runbookById(kb);
  const metrics = incidentMetrics(data, timeZone);
  const link = (id: string): LinkedRunbook[] => {
    const runbook = runbooks.get(id);
    return runbook ? [{ id, title: runbook.data.title, url: routes.runbook(id) }] : [];
  };
  const facts = incidentFacts(kb);
  const used = new Set(facts.find((f) => f.incident.id === incident.id)?.runbooks ?? []);
  const siblings = facts
    .filter((f) => f.incident.id !== incident.id && f.runbooks.some((id) => used.has(id)))
    .reverse()
    .slice(0, SIBLINGS)
    .map((f) => ({
      id: f.incident.id,
      title: f.incident.data.title,
      url: routes.incident(f.incident.id),
      date: localDate(f.metrics.started, timeZone),
      severity: f.severity,
      minutes: f.metrics.durationMinutes,
    }));
  const timed = withInstants(data.attempts, metrics.started, timeZone);
  return {
    id: incident.id,
    title: data.title,
    severity: data.severity,
    metrics,
    runbooks: data.runbooks.flatMap(link),
    timeline: withInstants(data.timeline, metrics.started, timeZone).map(({ item, at }) => ({ event: item.event, actor: item.actor, at })),
    attempts: resolveAttempts(data, runbooks).map((a, i) => ({ ...a, at: timed[i]?.at })),
    rootCause: (['technical', 'process', 'organizational'] as const).flatMap((layer) => {
      const value = data.root_cause?.[layer];
      return value === undefined ? [] : [{ layer, items: [value].flat() }];
    }),
    actions: HORIZONS.map((horizon) => ({ horizon, items: data.action_items.filter((a) => a.horizon === horizon) })).filter(
      (g) => g.items.length > 0,
    ),
    siblings,
    probable: used.size ? undefined : related.flatMap((r) => link(r.id)),
  };
}
