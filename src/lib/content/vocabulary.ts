/**
 * The content format's fixed vocabulary: id and time patterns, enum values and their types. Kept
 * free of zod so that browser code (path navigation, the search page, date handling) can use
 * them without pulling the schema library into its bundle; schema.ts builds on them.
 */

/** Entry and item ids: lowercase words joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** `45m`, `2h`, `1h30m`, `3d` (at least one part, largest first). */
export const DURATION_PATTERN = /^(?=\d)(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$/;
/** A time of day on the day an incident started: `"10:05"` or `"10:05:30"`. */
export const TIME_OF_DAY_PATTERN = /^([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;
/** ISO 8601 date-time; the offset is optional (the site's timezone applies without one). */
export const DATETIME_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
/** P1..P4 are accepted as aliases for the four severities, in order. */
export const SEVERITY_ALIASES: Record<string, Severity> = { P1: 'critical', P2: 'high', P3: 'medium', P4: 'low' };
export const FREQUENCIES = ['very_common', 'common', 'occasional', 'rare'] as const;
export const DIFFICULTIES = ['beginner', 'intermediate', 'advanced'] as const;
export const LANGS = ['ja', 'en'] as const;
export const SOLUTION_KINDS = ['mitigation', 'fix', 'prevention'] as const;
export const RISKS = ['low', 'medium', 'high'] as const;
export const OUTCOMES = ['resolved', 'mitigated', 'failed'] as const;
export const HORIZONS = ['short', 'mid', 'long'] as const;
/** A drill is a rehearsal, a near miss was caught before users were hurt; neither is downtime. */
export const INCIDENT_KINDS = ['incident', 'drill', 'near_miss'] as const;
/** How an incident was noticed. */
export const DETECTION_HOWS = ['alert', 'user_report', 'internal_report', 'by_chance', 'automated_check'] as const;

export type Severity = (typeof SEVERITIES)[number];
export type Lang = (typeof LANGS)[number];
export type SolutionKind = (typeof SOLUTION_KINDS)[number];
export type Outcome = (typeof OUTCOMES)[number];
export type Horizon = (typeof HORIZONS)[number];
export type IncidentKind = (typeof INCIDENT_KINDS)[number];
export type DetectionHow = (typeof DETECTION_HOWS)[number];
