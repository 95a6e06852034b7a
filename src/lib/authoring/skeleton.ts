/**
 * What `fixpath new` writes (and what the site's "report an outcome" link prefills): an author's
 * answers in, a file that passes `fixpath validate` out, with its path under the content
 * directory. The body is an outline in the entry's language, with hints in MDX comments that the
 * page does not show.
 */
import type { Lang, Outcome, Severity } from '../content/schema.ts';
import { timezoneOffset } from '../time/datetime.ts';
import { mdxFile, toYaml } from './emit.ts';
import { OUTLINES } from './outline.ts';
import { idFromText } from '../text/slug.ts';

export type SkeletonKind = 'runbook' | 'incident' | 'path';

/** A file to write: where it goes under the content directory, and its text. */
export interface Skeleton {
  id: string;
  /** Relative to the content directory, with `/`: `runbooks/database/<id>.mdx`. */
  path: string;
  text: string;
}

export interface RunbookAnswers {
  id: string;
  title: string;
  /** A category path from categories.yaml: `database/connections`. */
  category: string;
  severity: Severity;
  /** The first symptom, as it appears in logs or alerts. */
  symptom: string;
  lang: Lang;
  /** Today as `YYYY-MM-DD`: a new runbook has just been reviewed. */
  today: string;
}

export interface IncidentAnswers {
  id: string;
  title: string;
  severity: Severity;
  symptom: string;
  lang: Lang;
  /** ISO 8601 date-times; the date of `started` also names the folder (`incidents/<year>/`). */
  started: string;
  resolved: string;
  /** The runbook that applied, if any. */
  runbook?: string | undefined;
  /** A solution of that runbook that was tried, and how it went. */
  attempt?: { solution: string; outcome: Outcome } | undefined;
}

export interface PathAnswers {
  id: string;
  title: string;
  lang: Lang;
  /** Runbook or incident ids, one step each, in order (at least one). */
  entries: string[];
}

// idFromText lives with the other slug makers (the search page uses it without the skeleton code).
export { idFromText };

/**
 * An incident id as the content uses them: `<date started>-<slug of the title>`, the runbook id
 * standing in for a title with no latin letters. Undefined when neither gives a slug.
 */
export function incidentId(started: string, title: string, runbook?: string): string | undefined {
  const slug = idFromText(title) || runbook;
  return slug ? `${started.slice(0, 10)}-${slug}` : undefined;
}

/** `2026-11-21T10:05:00+09:00`: the instant as wall-clock time in `timeZone`, with its offset. */
export function isoDateTime(instant: number, timeZone: string): string {
  const offset = timezoneOffset(instant, timeZone);
  const wall = new Date(Math.floor(instant / 60_000) * 60_000 + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${wall}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export function runbookSkeleton(answers: RunbookAnswers): Skeleton {
  const outline = OUTLINES[answers.lang].runbook;
  const frontmatter = {
    title: answers.title,
    category: answers.category,
    severity: answers.severity,
    lang: answers.lang,
    symptoms: [answers.symptom],
    causes: [{ id: outline.cause.id, title: outline.cause.title }],
    solutions: outline.solutions.map((s) => ({
      id: s.id,
      title: s.title,
      kind: s.kind,
      cause: outline.cause.id,
      risk: 'low',
      steps: [s.step],
    })),
    reviewed: answers.today,
  };
  const body = [
    section(outline.overview.heading, outline.overview.hint),
    section(outline.diagnosis.heading, outline.diagnosis.hint),
    ...outline.solutions.map((s) => `## ${s.section}\n\n${section(s.id, s.hint, '###')}`),
  ];
  const folder = answers.category.split('/')[0];
  return { id: answers.id, path: `runbooks/${folder}/${answers.id}.mdx`, text: mdxFile(frontmatter, body.join('\n\n')) };
}

export function incidentSkeleton(answers: IncidentAnswers): Skeleton {
  const frontmatter = {
    title: answers.title,
    started: answers.started,
    resolved: answers.resolved,
    severity: answers.severity,
    symptoms: [answers.symptom],
    ...(answers.runbook ? { runbooks: [answers.runbook] } : {}),
    ...(answers.attempt ? { attempts: [answers.attempt] } : {}),
    lang: answers.lang,
  };
  const body = OUTLINES[answers.lang].incident.map((s) => section(s.heading, s.hint));
  const year = answers.started.slice(0, 4);
  return { id: answers.id, path: `incidents/${year}/${answers.id}.mdx`, text: mdxFile(frontmatter, body.join('\n\n')) };
}

export function pathSkeleton(answers: PathAnswers): Skeleton {
  const outline = OUTLINES[answers.lang].path;
  const data = {
    title: answers.title,
    description: outline.description,
    lang: answers.lang,
    steps: answers.entries.map((entry) => ({ entry, goal: outline.goal })),
  };
  return { id: answers.id, path: `paths/${answers.id}.yaml`, text: toYaml(data) };
}

/** A heading and a hint the author replaces, in an MDX expression comment: HTML comments are an error in MDX. */
function section(heading: string, hint: string, level = '##'): string {
  return `${level} ${heading}\n\n{/* ${hint} */}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
