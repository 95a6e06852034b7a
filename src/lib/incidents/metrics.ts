/**
 * The numbers a post-mortem derives instead of writing by hand: how long the incident lasted, how
 * long it went unnoticed, and what it cost against the monthly availability target.
 */
import type { Incident } from '../content/schema.ts';
import { toInstant } from '../time/datetime.ts';
import { monthOf, monthStart, nextMonth } from '../time/months.ts';

const MINUTE = 60_000;

export interface SlaCost {
  /** The target as written, e.g. 99.9. */
  target: number;
  /** `YYYY-MM` in the site's timezone: the month the incident started in. */
  month: string;
  /** Minutes in that month (local calendar, so DST months are an hour shorter or longer). */
  monthMinutes: number;
  /** Downtime the target allows in that month, in minutes. */
  allowedMinutes: number;
  /** This incident's downtime as a share of the allowed downtime (1 = the whole month's budget). */
  budgetShare: number;
  /** Availability of the month in percent if this was its only downtime. */
  availability: number;
}

export interface IncidentMetrics {
  started: number;
  detected: number | undefined;
  resolved: number;
  /** resolved - started, in minutes. */
  durationMinutes: number;
  /** detected - started, in minutes; undefined without `detected`. */
  timeToDetectMinutes: number | undefined;
  /** Undefined without `impact.sla_target`. */
  sla: SlaCost | undefined;
}

/** Epoch milliseconds of a schema-checked date-time; throws on text the schema should have refused. */
function instant(text: string, timeZone: string): number {
  const value = toInstant(text, timeZone);
  if (value === undefined) throw new Error(`not a date-time: "${text}"`);
  return value;
}

/**
 * The monthly availability cost of `downtimeMinutes` that began at `started`. The whole downtime is
 * charged to the month it started in: a post-mortem reports one number, and an incident that
 * crosses midnight at the month's end is rare enough not to split.
 */
export function slaCost(started: number, downtimeMinutes: number, target: number, timeZone: string): SlaCost {
  const month = monthOf(started, timeZone);
  const monthMinutes = (monthStart(nextMonth(month), timeZone) - monthStart(month, timeZone)) / MINUTE;
  const allowedMinutes = monthMinutes * (1 - target / 100);
  return {
    target,
    month,
    monthMinutes,
    allowedMinutes,
    budgetShare: downtimeMinutes / allowedMinutes,
    availability: (1 - downtimeMinutes / monthMinutes) * 100,
  };
}

/** Duration, time to detect and SLA cost of an incident; offset-less times are read in `timeZone`. */
export function incidentMetrics(incident: Incident, timeZone: string): IncidentMetrics {
  const started = instant(incident.started, timeZone);
  const resolved = instant(incident.resolved, timeZone);
  const detected = incident.detected === undefined ? undefined : instant(incident.detected, timeZone);
  const durationMinutes = (resolved - started) / MINUTE;
  const target = incident.impact?.sla_target;
  return {
    started,
    detected,
    resolved,
    durationMinutes,
    timeToDetectMinutes: detected === undefined ? undefined : (detected - started) / MINUTE,
    sla: target === undefined ? undefined : slaCost(started, durationMinutes, target, timeZone),
  };
}
