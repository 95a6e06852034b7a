/** A learning path's steps with the entries they point at, for the path page. */
import type { KnowledgeBase, PathEntry } from '../content/model.ts';
import { DIFFICULTIES, type PathStep } from '../content/schema.ts';

export interface ResolvedStep {
  step: PathStep;
  /** The runbook or incident the step names; undefined when no entry has that id. */
  entry: { kind: 'runbooks' | 'incidents'; id: string; title: string } | undefined;
}

/** Each step with its entry (a runbook id wins over an incident id, though they should not clash). */
export function resolvePathSteps(path: PathEntry, kb: Pick<KnowledgeBase, 'runbooks' | 'incidents'>): ResolvedStep[] {
  return path.data.steps.map((step) => {
    const runbook = kb.runbooks.find((r) => r.id === step.entry);
    const incident = runbook ? undefined : kb.incidents.find((i) => i.id === step.entry);
    const found = runbook ? { kind: 'runbooks' as const, entry: runbook } : incident && { kind: 'incidents' as const, entry: incident };
    return {
      step,
      entry: found && { kind: found.kind, id: found.entry.id, title: found.entry.data.title },
    };
  });
}

/** Difficulty as a number of stars: beginner 1, intermediate 2, advanced 3. */
export function difficultyStars(difficulty: (typeof DIFFICULTIES)[number]): number {
  return DIFFICULTIES.indexOf(difficulty) + 1;
}
