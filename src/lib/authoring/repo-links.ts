/**
 * Links from the site back to the repository (`repo_url` in fixpath.config.yaml), on GitHub's web
 * editor: edit this page, report an outcome (a new incident, prefilled with the runbook and the
 * solution, that passes `fixpath validate` once its title is written), and write a runbook for a
 * search that found nothing (a new runbook with the query as its first symptom). Undefined
 * without a `repo_url`.
 */
import type { RunbookEntry } from '../content/model.ts';
import type { Lang, Solution } from '../content/schema.ts';
import { editUrl } from '../site/edit-url.ts';
import { localDate } from '../time/datetime.ts';
import { idFromText, incidentId, incidentSkeleton, isoDateTime, runbookSkeleton, type Skeleton } from './skeleton.ts';

export interface Repo {
  /** `https://github.com/example/kb`; undefined when the site has none. */
  url: string | undefined;
  /** Where the content directory sits in the repository: `content`. */
  contentPath: string;
  branch?: string | undefined;
}

/** The "edit this page" link of a content file (path relative to the content directory). */
export function fileEditUrl(repo: Repo, file: string): string | undefined {
  return editUrl(repo.url, repo.contentPath, file, repo.branch);
}

/**
 * GitHub's "create a new file" page for a skeleton: `<repo>/new/<branch>/<folder>?filename=<name>&value=<text>`.
 * The folder is in the path and the name in `filename`, as GitHub's editor expects.
 */
export function newFileUrl(repo: Repo, skeleton: Skeleton): string | undefined {
  if (!repo.url) return undefined;
  const full = [repo.contentPath, skeleton.path].filter(Boolean).join('/').replace(/^\.?\/+/, '');
  const slash = full.lastIndexOf('/');
  const folder = full.slice(0, slash).split('/').map(encodeURIComponent).join('/');
  const query = `filename=${encodeURIComponent(full.slice(slash + 1))}&value=${encodeURIComponent(skeleton.text)}`;
  return `${repo.url.replace(/\/+$/, '')}/new/${repo.branch ?? 'main'}/${folder}?${query}`;
}

export interface OutcomeContext {
  lang: Lang;
  timeZone: string;
  /** When the link is made (the build): the incident's placeholder start and end. */
  now: number;
}

const OUTCOME_TITLE: Record<Lang, (runbook: string) => string> = {
  ja: (runbook) => `(何が起きたかを一行で: ${runbook})`,
  en: (runbook) => `(what happened, in one line: ${runbook})`,
};

/**
 * "Report an outcome" for one solution: a new incident in `incidents/<year>/` that names the
 * runbook and records the solution as tried (outcome `resolved`, for the author to correct), with
 * the runbook's severity and first symptom as a start.
 */
export function reportOutcomeUrl(repo: Repo, runbook: RunbookEntry, solution: Solution, context: OutcomeContext): string | undefined {
  const started = isoDateTime(context.now, context.timeZone);
  const skeleton = incidentSkeleton({
    id: incidentId(started, '', runbook.id)!,
    title: OUTCOME_TITLE[context.lang](runbook.data.title),
    severity: runbook.data.severity,
    symptom: runbook.data.symptoms[0]!,
    lang: context.lang,
    started,
    resolved: started,
    runbook: runbook.id,
    attempt: { solution: `${runbook.id}#${solution.id}`, outcome: 'resolved' },
  });
  return newFileUrl(repo, skeleton);
}

export interface NewRunbookContext extends OutcomeContext {
  /** A category from the taxonomy (the new file's folder); the author may change it. */
  category: string;
}

/** "Write a runbook for this" from a search that found nothing: the query becomes the first symptom. */
export function writeRunbookUrl(repo: Repo, query: string, context: NewRunbookContext): string | undefined {
  const symptom = query.trim().replace(/\s+/g, ' ');
  if (!symptom) return undefined;
  const skeleton = runbookSkeleton({
    id: idFromText(symptom) || 'new-runbook',
    title: symptom,
    category: context.category,
    severity: 'medium',
    symptom,
    lang: context.lang,
    today: localDate(context.now, context.timeZone),
  });
  return newFileUrl(repo, skeleton);
}
