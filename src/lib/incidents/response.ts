/**
 * Response deadlines (seed 004's severity levels): the config's `severity_policy` says how soon an
 * incident of each severity must get a response and when it must be escalated. An incident met
 * its deadline when its first recorded action came soon enough after it was detected.
 */
import type { Incident, SeverityDeadline, SeverityPolicy } from '../content/schema.ts';
import { SEVERITIES, type Lang, type Severity } from '../content/vocabulary.ts';
import { formatMinutes } from '../i18n/format.ts';
import { t } from '../i18n/t.ts';
import { momentToInstant, parseDuration, toInstant } from '../time/datetime.ts';

const MINUTE = 60_000;

/** One severity's deadlines in minutes. */
export interface Deadline {
  severity: Severity;
  /** `P1`..`P4`: the name on-call rotas use for the four severities. */
  level: string;
  respond_minutes: number;
  escalate_minutes?: number;
  notify: string[];
}

export interface ResponseCheck {
  deadline: Deadline;
  /**
   * Minutes from `detected` to the first timeline event or attempt after it; undefined without
   * `detected` or without any later event (then whether it was met cannot be told).
   */
  response_minutes: number | undefined;
  met: boolean | undefined;
}

/** The deadline of `severity`, or undefined when the policy (or the config) has none for it. */
export function deadlineFor(policy: SeverityPolicy | undefined, severity: Severity): Deadline | undefined {
  const written: SeverityDeadline | undefined = policy?.[severity];
  if (!written) return undefined;
  const respond = parseDuration(written.respond);
  if (respond === undefined) return undefined;
  const escalate = written.escalate === undefined ? undefined : parseDuration(written.escalate);
  return {
    severity,
    level: `P${SEVERITIES.indexOf(severity) + 1}`,
    respond_minutes: respond,
    ...(escalate === undefined ? {} : { escalate_minutes: escalate }),
    notify: written.notify,
  };
}

/**
 * When the response began: the first timeline event or attempt strictly after `detected`. An
 * event at the detection instant is the detection itself (`alert fired`), not a response.
 */
export function firstResponse(incident: Incident, timeZone: string): number | undefined {
  const started = toInstant(incident.started, timeZone);
  const detected = incident.detected === undefined ? undefined : toInstant(incident.detected, timeZone);
  if (started === undefined || detected === undefined) return undefined;
  const moments = [...incident.timeline.map((e) => e.at), ...incident.attempts.flatMap((a) => a.at ?? [])];
  const after = moments.flatMap((at) => momentToInstant(at, started, timeZone) ?? []).filter((t) => t > detected);
  return after.length ? Math.min(...after) : undefined;
}

/** Whether an incident met its severity's response deadline; undefined when no deadline applies. */
export function responseCheck(incident: Incident, policy: SeverityPolicy | undefined, timeZone: string): ResponseCheck | undefined {
  const deadline = deadlineFor(policy, incident.severity);
  if (!deadline) return undefined;
  const first = firstResponse(incident, timeZone);
  const detected = incident.detected === undefined ? undefined : toInstant(incident.detected, timeZone);
  const minutes = first === undefined || detected === undefined ? undefined : (first - detected) / MINUTE;
  return { deadline, response_minutes: minutes, met: minutes === undefined ? undefined : minutes <= deadline.respond_minutes };
}

/** `P1: respond within 15 min, escalate after 30 min to on-call, SRE lead` in the site's language. */
export function describeDeadline(deadline: Deadline, lang: Lang): string {
  const respond = t(lang, 'deadline.respond', { level: deadline.level, respond: formatMinutes(deadline.respond_minutes, lang) });
  if (deadline.escalate_minutes === undefined) return respond;
  const escalate = t(lang, deadline.notify.length ? 'deadline.escalateTo' : 'deadline.escalate', {
    escalate: formatMinutes(deadline.escalate_minutes, lang),
    notify: deadline.notify.join(lang === 'ja' ? '、' : ', '),
  });
  return `${respond}${escalate}`;
}
