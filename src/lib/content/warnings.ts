/**
 * Things worth a look that do not break anything (shared/spec/cli.md): a symptom that another
 * runbook also claims (search cannot tell the two apart by it), a runbook not reviewed for a year,
 * and a solution that no incident has tried (its success rate is unknown); incident-warnings.ts
 * adds those about detection alerts and recurrences.
 */
import type { KnowledgeBase, Problem } from './model.ts';
import { incidentWarnings } from './incident-warnings.ts';
import { problemAt, type ContentLocator } from './problems.ts';
import { parseSolutionRef, solutionKey } from './refs.ts';
import { normalizeText } from '../text/normalize.ts';
import { localDate } from '../time/datetime.ts';

export interface WarningOptions {
  /** Today, for "not reviewed for a year" (the CLI passes the current time; tests pin one). */
  now: Date;
  locate: ContentLocator;
}

export function contentWarnings(kb: KnowledgeBase, options: WarningOptions): Problem[] {
  return [
    ...sharedSymptoms(kb, options),
    ...staleReviews(kb, options),
    ...untriedSolutions(kb, options),
    ...incidentWarnings(kb, options.locate),
  ];
}

/**
 * Symptoms that are the same text to the search (normalizeText: case, width, dashes, quotes and
 * spacing folded); quality.ts's "reads like" warning starts where this one stops.
 */
function sharedSymptoms(kb: KnowledgeBase, { locate }: WarningOptions): Problem[] {
  const claimants = new Map<string, string[]>();
  for (const runbook of kb.runbooks) {
    for (const key of new Set(runbook.data.symptoms.map(normalizeText))) {
      const list = claimants.get(key);
      if (list) list.push(runbook.id);
      else claimants.set(key, [runbook.id]);
    }
  }
  return kb.runbooks.flatMap((runbook) =>
    runbook.data.symptoms.flatMap((symptom, i) => {
      const others = (claimants.get(normalizeText(symptom)) ?? []).filter((id) => id !== runbook.id);
      if (!others.length) return [];
      const names = others.map((id) => `"${id}"`).join(', ');
      const message = `runbook${others.length > 1 ? 's' : ''} ${names} also claim${others.length > 1 ? '' : 's'} this symptom; search cannot tell them apart by it`;
      return [problemAt(locate, runbook.file, ['symptoms', i], message, 'warning')];
    }),
  );
}

function staleReviews(kb: KnowledgeBase, { now, locate }: WarningOptions): Problem[] {
  // Calendar dates in the site's timezone: reviewed on 2025-11-21 is a year old on 2026-11-21, not before.
  const today = localDate(now.getTime(), kb.config.timezone);
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  return kb.runbooks
    .filter((runbook) => runbook.data.reviewed !== undefined && runbook.data.reviewed <= yearAgo)
    .map((runbook) =>
      problemAt(locate, runbook.file, ['reviewed'], `not reviewed for a year (last on ${runbook.data.reviewed}); check it is still right and update the date`, 'warning'),
    );
}

function untriedSolutions(kb: KnowledgeBase, { locate }: WarningOptions): Problem[] {
  const tried = new Set<string>();
  for (const incident of kb.incidents) {
    for (const attempt of incident.data.attempts) {
      const ref = parseSolutionRef(attempt.solution, incident.data);
      if (ref) tried.add(solutionKey(ref));
    }
  }
  return kb.runbooks.flatMap((runbook) =>
    runbook.data.solutions.flatMap((solution, i) =>
      tried.has(solutionKey({ runbook: runbook.id, solution: solution.id }))
        ? []
        : [problemAt(locate, runbook.file, ['solutions', i, 'id'], `no incident has tried solution "${solution.id}" yet, so its success rate is unknown`, 'warning')],
    ),
  );
}
