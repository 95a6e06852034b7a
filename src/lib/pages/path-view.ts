/**
 * The learning-path page as one object: who it is for, its total time, its prerequisites as links,
 * and each step with the entry it names, linked with the path in the query so the entry page
 * shows the path bar. The Astro page only renders it.
 */
import type { KnowledgeBase, PathEntry } from '../content/model.ts';
import type { LearningPath } from '../content/schema.ts';
import type { Routes } from '../routes.ts';
import { stepHref, totalTime } from '../paths/navigation.ts';
import { resolvePathSteps, type ResolvedStep } from '../paths/steps.ts';
import { parseDuration } from '../time/datetime.ts';

export interface PathStepView {
  /** The entry id the step names (the key its progress is kept under). */
  entry: string;
  /** The resolved entry; undefined when no runbook or incident has that id. */
  target: (NonNullable<ResolvedStep['entry']> & { href: string }) | undefined;
  goal: string | undefined;
  /** Whether the step replays its incident (the page shows the replay's questions). */
  replay: boolean;
  /** Minutes, when the step gives a time. */
  minutes: number | undefined;
}

export interface PathView {
  id: string;
  title: string;
  description: string | undefined;
  audience: string | undefined;
  difficulty: LearningPath['difficulty'];
  total: { minutes: number; untimed: number };
  prerequisites: { id: string; title: string; url: string }[];
  steps: PathStepView[];
}

export function pathView(path: PathEntry, kb: Pick<KnowledgeBase, 'runbooks' | 'incidents' | 'paths'>, routes: Routes): PathView {
  const data = path.data;
  const titles = new Map(kb.paths.map((p) => [p.id, p.data.title]));
  return {
    id: path.id,
    title: data.title,
    description: data.description,
    audience: data.audience,
    difficulty: data.difficulty,
    total: totalTime(data.steps),
    prerequisites: data.prerequisites.map((id) => ({ id, title: titles.get(id) ?? id, url: routes.path(id) })),
    steps: resolvePathSteps(path, kb).map(({ step, entry }, index) => ({
      entry: step.entry,
      target: entry && { ...entry, href: stepHref(routes, entry.kind, entry.id, path.id, index) },
      goal: step.goal,
      replay: Boolean(step.replay),
      minutes: step.time === undefined ? undefined : parseDuration(step.time),
    })),
  };
}
