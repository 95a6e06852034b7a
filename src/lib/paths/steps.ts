/** A learning path's steps with the entries they point at, for the path page. */
import type { KnowledgeBase, PathEntry } from '../content/model.ts';
import type { PathStep } from '../content/schema.ts';
import { DIFFICULTIES } from '../content/vocabulary.ts';

export interface ResolvedStep {
  step: PathStep;
  /** The runbook or incident the step names; undefined when no entry has that id. */
  entry:
    | {
        kind: 'runbook' | 'incident';
        id: string;
        title: string;
        /** A runbook's summary (incidents have none). */
        summary: string | undefined;
        /** A runbook's difficulty, shown as stars. */
        difficulty: (typeof DIFFICULTIES)[number] | undefined;
      }
    | undefined;
}

/** Each step with its entry (a runbook id wins over an incident id, though they should not clash). */
export function resolvePathSteps(path: PathEntry, kb: Pick<KnowledgeBase, 'runbooks' | 'incidents'>): ResolvedStep[] {
  return path.data.steps.map((step) => {
    const runbook = kb.runbooks.find((r) => r.id === step.entry);
    const incident = runbook ? undefined : kb.incidents.find((i) => i.id === step.entry);
    if (runbook) {
      const { title, summary, difficulty } = runbook.data;
      return { step, entry: { kind: 'runbook' as const, id: runbook.id, title, summary, difficulty } };
    }
    return {
      step,
      entry: incident && { kind: 'incident' as const, id: incident.id, title: incident.data.title, summary: undefined, difficulty: undefined },
    };
  });
}

/** Difficulty as a number of stars: beginner 1, intermediate 2, advanced 3. */
export function difficultyStars(difficulty: (typeof DIFFICULTIES)[number]): number {
  return DIFFICULTIES.indexOf(difficulty) + 1;
}
