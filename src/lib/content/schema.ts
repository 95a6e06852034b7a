/**
 * The content model: one zod schema per kind of file, as `shared/spec/content-format.md` defines
 * them. The same objects serve the Astro collections (src/content.config.ts), the validator and
 * the CLI, so an author's file means the same thing everywhere.
 *
 * Objects are strict: an unknown field is an error, because a typo must not pass silently.
 */
import { z } from 'zod';
import { calendarProblem } from '../time/calendar.ts';

export * from './vocabulary.ts';
import {
  DATE_PATTERN,
  DATETIME_PATTERN,
  DETECTION_HOWS,
  DIFFICULTIES,
  DURATION_PATTERN,
  FREQUENCIES,
  HORIZONS,
  ID_PATTERN,
  INCIDENT_KINDS,
  LANGS,
  OUTCOMES,
  RISKS,
  SEVERITIES,
  SEVERITY_ALIASES,
  SOLUTION_KINDS,
  TIME_OF_DAY_PATTERN,
  type Severity,
} from './vocabulary.ts';

/**
 * The "text" rule: where text is expected, a YAML number or boolean is read as text
 * (`aliases: [Rate Exceeded, 429]` means "429"): the intent is plain, so it is never an error.
 */
const asWritten = (value: unknown) => (typeof value === 'number' || typeof value === 'boolean' ? String(value) : value);
const text = z.preprocess(asWritten, z.string().trim().min(1, 'must not be empty'));
const textList = z.array(text);
export const idSchema = z
  .string()
  .regex(ID_PATTERN, 'must be lowercase letters, digits and single hyphens (e.g. "disk-full")');
export const durationSchema = z
  .string()
  .regex(DURATION_PATTERN, 'must be a duration such as "45m", "2h", "1h30m" or "3d"');

/**
 * YAML 1.1 parsers (js-yaml, which Astro and gray-matter use) turn unquoted timestamps into Date
 * objects in UTC. We keep dates and date-times as text so that an offset-less time can be read in
 * the site's timezone; a Date that arrives anyway is turned back into ISO text.
 */
const asText = (value: unknown) => (value instanceof Date ? value.toISOString() : value);
export const datetimeSchema = z.preprocess(
  asText,
  z.string().regex(DATETIME_PATTERN, 'must be an ISO 8601 date-time such as "2026-03-02T10:05:00+09:00"').superRefine(onTheCalendar),
);
export const dateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(DATE_PATTERN, 'must be a date such as "2026-03-02"').superRefine(onTheCalendar),
);

/** The "calendar" rule: 2026-02-30, month 13, hour 25 or offset +25:00 are errors, never rolled over. */
function onTheCalendar(value: string, ctx: z.RefinementCtx): void {
  const problem = calendarProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
}
export const timeOfDaySchema = z
  .string()
  .regex(TIME_OF_DAY_PATTERN, 'must be a quoted time of day such as "10:05"');

export const severitySchema = z.preprocess(
  (value) => (typeof value === 'string' && value in SEVERITY_ALIASES ? SEVERITY_ALIASES[value] : value),
  z.enum(SEVERITIES),
);
export const langSchema = z.enum(LANGS);

// ---------------------------------------------------------------- runbooks

export const causeSchema = z.strictObject({
  id: idSchema,
  title: text,
  detail: text.optional(),
  likelihood: z.number().min(0).max(1).optional(),
});

export const solutionSchema = z.strictObject({
  id: idSchema,
  title: text,
  kind: z.enum(SOLUTION_KINDS),
  cause: z.union([idSchema, z.array(idSchema)]).optional(),
  risk: z.enum(RISKS).optional(),
  time: durationSchema.optional(),
  steps: textList.optional(),
});


/** A monitoring alert with what it measures and when it fires. */
export const alertObjectSchema = z.strictObject({
  name: text,
  metric: text.optional(),
  // A threshold as written (`"> 80%"`); a bare `80` is text too (the text rule).
  warning: text.optional(),
  critical: text.optional(),
  for: durationSchema.optional(),
  note: text.optional(),
});
/** An alert is a bare name or an object; both come out as the object, so readers handle one shape. */
export const alertSchema = z
  .union([text, alertObjectSchema])
  .transform((alert) => (typeof alert === 'string' ? { name: alert } : alert));

/** Where an abnormal check result leads: a solution of this runbook, a runbook, or another runbook's solution. */
export const checkNextSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*(?:#[a-z0-9]+(?:-[a-z0-9]+)*)?$/,
    'must be a solution id of this runbook, "<runbook-id>" or "<runbook-id>#<solution-id>"',
  );

/** One diagnosis step: what to run or look at, and what healthy and abnormal results look like. */
export const checkSchema = z.strictObject({
  id: idSchema,
  title: text,
  run: text.optional(),
  expect: text.optional(),
  abnormal: text.optional(),
  next: checkNextSchema.optional(),
});

export const runbookSchema = z.strictObject({
  title: text,
  summary: text.optional(),
  category: z
    .string()
    .regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)*$/, 'must be a category id such as "database/connections"'),
  services: textList.default([]),
  severity: severitySchema,
  frequency: z.enum(FREQUENCIES).optional(),
  difficulty: z.enum(DIFFICULTIES).optional(),
  estimated_time: durationSchema.optional(),
  lang: langSchema.optional(),
  symptoms: textList.min(1, 'needs at least one symptom'),
  causes: z.array(causeSchema).min(1, 'needs at least one cause'),
  solutions: z.array(solutionSchema).min(1, 'needs at least one solution'),
  alerts: z.array(alertSchema).default([]),
  checks: z.array(checkSchema).default([]),
  escalation: textList.default([]),
  related: z.array(idSchema).default([]),
  tags: textList.default([]),
  owners: textList.default([]),
  reviewed: dateSchema.optional(),
});

// ---------------------------------------------------------------- incidents

/** `<runbook-id>#<solution-id>`, or `<solution-id>` when the incident names exactly one runbook. */
export const solutionRefSchema = z
  .string()
  .regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*#)?[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be "<runbook-id>#<solution-id>" or "<solution-id>"');

const momentSchema = z.union([timeOfDaySchema, datetimeSchema]);

export const attemptSchema = z.strictObject({
  solution: solutionRefSchema,
  outcome: z.enum(OUTCOMES),
  at: momentSchema.optional(),
  note: text.optional(),
});

const amount = z.union([z.number().nonnegative(), text]);
export const impactSchema = z.strictObject({
  users: amount.optional(),
  requests_lost: amount.optional(),
  revenue_lost: amount.optional(),
  sla_target: z.number().gt(0).lt(100, 'must be a percentage below 100, e.g. 99.9').optional(),
});

export const eventSchema = z.strictObject({
  at: momentSchema,
  event: text,
  actor: text.optional(),
});

const layer = z.union([text, textList]);
export const rootCauseSchema = z.strictObject({
  technical: layer.optional(),
  process: layer.optional(),
  organizational: layer.optional(),
});

export const actionSchema = z.strictObject({
  title: text,
  horizon: z.enum(HORIZONS),
  owner: text.optional(),
  done: z.boolean().default(false),
});

/** How an incident was noticed, and what should have noticed it. */
export const detectionSchema = z.strictObject({
  how: z.enum(DETECTION_HOWS),
  alert: text.optional(),
  signals: textList.default([]),
  missed_alert: text.optional(),
});

export const incidentSchema = z.strictObject({
  title: text,
  started: datetimeSchema,
  detected: datetimeSchema.optional(),
  resolved: datetimeSchema,
  severity: severitySchema,
  services: textList.default([]),
  symptoms: textList.min(1, 'needs at least one symptom'),
  runbooks: z.array(idSchema).default([]),
  attempts: z.array(attemptSchema).default([]),
  impact: impactSchema.optional(),
  timeline: z.array(eventSchema).default([]),
  root_cause: rootCauseSchema.optional(),
  action_items: z.array(actionSchema).default([]),
  kind: z.enum(INCIDENT_KINDS).default('incident'),
  detection: detectionSchema.optional(),
  recurrence_of: z.array(idSchema).default([]),
  self_recovered: z.boolean().default(false),
  lang: langSchema.optional(),
  tags: textList.default([]),
});

// ---------------------------------------------------------------- paths, categories, glossary, config

/**
 * A step reads an entry (`entry`) or replays an incident (`replay`). Both come out with `entry` set
 * to the id the step names, and `replay: true` on a replay, so code that walks a path's entries
 * (navigation, progress) treats the two alike.
 */
export const pathStepSchema = z
  .strictObject({
    entry: idSchema.optional(),
    replay: idSchema.optional(),
    goal: text.optional(),
    time: durationSchema.optional(),
  })
  .superRefine((step, ctx) => {
    if (step.entry === undefined && step.replay === undefined) {
      ctx.addIssue({ code: 'custom', path: [], message: 'needs "entry" (a runbook or incident to read) or "replay" (an incident to replay)' });
    } else if (step.entry !== undefined && step.replay !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['replay'], message: 'a step has either "entry" or "replay", not both' });
    }
  })
  .transform(({ entry, replay, ...rest }): { entry: string; replay?: boolean; goal?: string; time?: string } =>
    replay === undefined ? { ...rest, entry: entry! } : { ...rest, entry: replay, replay: true },
  );

export const pathSchema = z.strictObject({
  title: text,
  audience: text.optional(),
  difficulty: z.enum(DIFFICULTIES).optional(),
  description: text.optional(),
  lang: langSchema.optional(),
  prerequisites: z.array(idSchema).default([]),
  steps: z.array(pathStepSchema).min(1, 'needs at least one step'),
});

/** A title in both UI languages, or one string used for both. */
export const localizedSchema = z.union([
  text,
  z.strictObject({ ja: text.optional(), en: text.optional() }).refine((t) => t.ja || t.en, 'needs "ja" or "en"'),
]);

export interface CategoryInput {
  id: string;
  title: z.input<typeof localizedSchema>;
  description?: z.input<typeof text>;
  children?: CategoryInput[];
}
export const categorySchema: z.ZodType<Category, CategoryInput> = z.lazy(() =>
  z.strictObject({
    id: idSchema,
    title: localizedSchema,
    description: text.optional(),
    children: z.array(categorySchema).default([]),
  }),
);
export const categoriesSchema = z.array(categorySchema);

export const glossaryTermSchema = z.strictObject({
  term: text,
  aliases: textList.default([]),
  definition: text,
  related: z.array(idSchema).default([]),
});
export const glossarySchema = z.array(glossaryTermSchema);

/**
 * Where the site is served below its host: `/` or `/kb/` (a GitHub Pages project site). Both
 * slashes are required so that joining it with a page address needs no guessing.
 */
export const baseSchema = z
  .string()
  .regex(/^\/(?:(?!\.\.?\/)[A-Za-z0-9._~-]+\/)*$/, 'must start and end with "/", such as "/kb/" (letters, digits, "-", "_", "." and "~" between the slashes)');

/**
 * The site's own address, scheme and host only (`https://example.github.io`): absolute links
 * (sitemap, feeds, canonical) are this plus a page's address, which already carries the base.
 * Only http(s): a `javascript:` or `data:` address here would end up in every page's head.
 */
export const siteSchema = z
  .string()
  .trim()
  .refine((value) => /^https?:$/.test(URL.parse(value)?.protocol ?? ''), {
    message: 'must be an absolute http(s) address such as "https://example.github.io"',
    abort: true,
  })
  .refine((value) => {
    const url = URL.parse(value);
    return !url || (url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password);
  }, 'must be only the scheme and host, such as "https://example.github.io"; put a sub path in "base"')
  .transform((value) => new URL(value).origin);

/** The deadlines of one severity: respond within, escalate after, and who hears of it. */
export const severityDeadlineSchema = z.strictObject({
  respond: durationSchema,
  escalate: durationSchema.optional(),
  notify: textList.default([]),
});
export type SeverityDeadline = z.output<typeof severityDeadlineSchema>;

/**
 * Deadlines per severity. Keys are the severities or their aliases (`P1`..`P4`, as seed policies
 * write them); both come out under the severity's name, and writing both for one is a mistake.
 */
export const severityPolicySchema = z
  .strictObject(
    Object.fromEntries([...SEVERITIES, ...Object.keys(SEVERITY_ALIASES)].map((key) => [key, severityDeadlineSchema.optional()])) as Record<
      Severity | keyof typeof SEVERITY_ALIASES,
      z.ZodOptional<typeof severityDeadlineSchema>
    >,
  )
  .superRefine((policy, ctx) => {
    for (const [alias, severity] of Object.entries(SEVERITY_ALIASES)) {
      if (policy[alias] && policy[severity]) {
        ctx.addIssue({ code: 'custom', path: [alias], message: `"${alias}" and "${severity}" are the same severity; keep one of them` });
      }
    }
  })
  .transform((policy): Partial<Record<Severity, SeverityDeadline>> =>
    Object.fromEntries(
      SEVERITIES.flatMap((severity) => {
        const alias = Object.keys(SEVERITY_ALIASES).find((a) => SEVERITY_ALIASES[a] === severity)!;
        const deadline = policy[severity] ?? policy[alias];
        return deadline ? [[severity, deadline]] : [];
      }),
    ),
  );

export const configSchema = z.strictObject({
  title: text.default('fixpath'),
  lang: langSchema.default('en'),
  timezone: text.default('UTC'),
  // http(s) only: it becomes every page's "edit" link, and a javascript: URL there would run on click.
  repo_url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address such as "https://github.com/example/kb"' }).optional(),
  site: siteSchema.optional(),
  base: baseSchema.default('/'),
  success: z
    .strictObject({ half_life: durationSchema.default('365d'), count_drills: z.boolean().default(false) })
    .default({ half_life: '365d', count_drills: false }),
  severity_policy: severityPolicySchema.optional(),
});

export type Cause = z.output<typeof causeSchema>;
export type Alert = z.output<typeof alertSchema>;
export type Check = z.output<typeof checkSchema>;
export type Detection = z.output<typeof detectionSchema>;
export type SeverityPolicy = z.output<typeof severityPolicySchema>;
export type Solution = z.output<typeof solutionSchema>;
export type Runbook = z.output<typeof runbookSchema>;
export type Attempt = z.output<typeof attemptSchema>;
export type Impact = z.output<typeof impactSchema>;
export type TimelineEvent = z.output<typeof eventSchema>;
export type RootCause = z.output<typeof rootCauseSchema>;
export type ActionItem = z.output<typeof actionSchema>;
export type Incident = z.output<typeof incidentSchema>;
export type PathStep = z.output<typeof pathStepSchema>;
export type LearningPath = z.output<typeof pathSchema>;
export type Localized = z.output<typeof localizedSchema>;
export interface Category {
  id: string;
  title: Localized;
  description?: string | undefined;
  children: Category[];
}
export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
export type SiteConfig = z.output<typeof configSchema>;
