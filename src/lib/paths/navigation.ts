/**
 * Moving through a learning path: total time, the address of a step, reading "which path, which
 * step" back from an entry page's URL, and the previous and next steps. The entry pages carry the
 * small PathNav of every path and a script renders the path bar from it (src/client/path-bar.ts).
 */
import type { KnowledgeBase, PathEntry } from '../content/model.ts';
import { DIFFICULTIES } from '../content/vocabulary.ts';
import type { Routes } from '../routes.ts';
import { parseDuration } from '../time/datetime.ts';
import { resolvePathSteps } from './steps.ts';

/** A step as the path bar and the progress scripts need it. */
export interface NavStep {
  /** The entry id: also the key of the step in the stored progress. */
  entry: string;
  title: string;
  /** The entry page with `?path=&step=`; undefined when no entry has that id. */
  href: string | undefined;
}

/** A path reduced to what a browser script needs. */
export interface PathNav {
  id: string;
  title: string;
  steps: NavStep[];
}

/** Where a reader is in a path: the path, the 0-based step index, and its neighbours. */
export interface PathPosition {
  path: PathNav;
  index: number;
  previous: NavStep | undefined;
  next: NavStep | undefined;
}

/** The sum of the steps' `time`, in minutes, and how many steps have no time. */
export function totalTime(steps: readonly { time?: string | undefined }[]): { minutes: number; untimed: number } {
  let minutes = 0;
  let untimed = 0;
  for (const step of steps) {
    const value = step.time === undefined ? undefined : parseDuration(step.time);
    if (value === undefined) untimed += 1;
    else minutes += value;
  }
  return { minutes, untimed };
}

/** The address of step `index` (0-based) of a path: the entry page, with the path in the query. */
export function stepHref(routes: Routes, kind: 'runbook' | 'incident', entryId: string, pathId: string, index: number): string {
  return `${routes.entry(kind, entryId)}?path=${encodeURIComponent(pathId)}&step=${index + 1}`;
}

/** Every path as a PathNav, steps linked with stepHref. */
export function pathNavs(kb: Pick<KnowledgeBase, 'runbooks' | 'incidents' | 'paths'>, routes: Routes): PathNav[] {
  return kb.paths.map((path) => ({
    id: path.id,
    title: path.data.title,
    steps: resolvePathSteps(path, kb).map(({ step, entry }, index) => ({
      entry: step.entry,
      title: entry?.title ?? step.entry,
      href: entry && stepHref(routes, entry.kind, entry.id, path.id, index),
    })),
  }));
}

/**
 * The path and 1-based step a URL query names (`?path=db-first-month&step=2`), or undefined when
 * it names none or a malformed one: a plain entry page stays plain.
 */
export function parsePathQuery(search: string): { pathId: string; step: number } | undefined {
  const params = new URLSearchParams(search);
  const pathId = params.get('path');
  const step = Number(params.get('step'));
  if (!pathId || !/^[a-z0-9-]+$/.test(pathId) || !Number.isInteger(step) || step < 1) return undefined;
  return { pathId, step };
}

/**
 * The reader's position: path `pathId`, step `step` (1-based), on the page of `entryId`. The step
 * must point at this entry; a stale or edited URL whose step names another entry falls back to
 * this entry's first step in the path, and to undefined when the path does not hold it at all.
 */
export function pathPosition(
  paths: readonly PathNav[],
  pathId: string,
  step: number,
  entryId: string,
): PathPosition | undefined {
  const path = paths.find((p) => p.id === pathId);
  if (!path) return undefined;
  const index = path.steps[step - 1]?.entry === entryId ? step - 1 : path.steps.findIndex((s) => s.entry === entryId);
  if (index === -1) return undefined;
  return { path, index, previous: path.steps[index - 1], next: path.steps[index + 1] };
}

type Difficulty = (typeof DIFFICULTIES)[number];

/** Paths with the same difficulty, grouped by audience in order of first appearance. */
export interface DifficultyGroup {
  /** undefined for paths that state no difficulty (listed last). */
  difficulty: Difficulty | undefined;
  audiences: { audience: string | undefined; paths: PathEntry[] }[];
}

/**
 * The paths by difficulty (beginner first, paths without one last), then by audience. Empty
 * groups are left out; paths keep their order inside a group.
 */
export function groupPaths(paths: readonly PathEntry[]): DifficultyGroup[] {
  const levels: (Difficulty | undefined)[] = [...DIFFICULTIES, undefined];
  return levels.flatMap((difficulty) => {
    const inLevel = paths.filter((p) => p.data.difficulty === difficulty);
    if (!inLevel.length) return [];
    const audiences: { audience: string | undefined; paths: PathEntry[] }[] = [];
    for (const path of inLevel) {
      const group = audiences.find((g) => g.audience === path.data.audience);
      if (group) group.paths.push(path);
      else audiences.push({ audience: path.data.audience, paths: [path] });
    }
    return [{ difficulty, audiences }];
  });
}
