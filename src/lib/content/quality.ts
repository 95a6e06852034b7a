/**
 * Warnings that guard the quality of the knowledge base rather than its syntax (exit 0 unless
 * `fixpath validate --strict`): a runbook symptom that reads like another runbook's (extend that
 * runbook instead of writing a second one), an incident that names no runbook (and the runbooks
 * that probably apply), links in bodies that lead nowhere, destructive commands in solutions that
 * say they are low risk. The warnings of shared/spec/cli.md are in warnings.ts.
 */
import { normalizeText } from '../text/normalize.ts';
import { brokenBodyLinks } from './body-links.ts';
import { destructiveSteps } from './destructive-steps.ts';
import type { MdxBody } from './load.ts';
import type { KnowledgeBase, Problem } from './model.ts';
import { problemAt, type ContentLocator } from './problems.ts';
import { candidatePairs, cosine, symptomModel } from './symptom-similarity.ts';

/** Above this, two different symptoms say the same thing in other words. */
export const CLOSE_SYMPTOMS = 0.8;
/** A runbook with a symptom this close to one of an incident's probably applies to it. */
export const PROBABLE_RUNBOOK = 0.35;

export interface QualityInput {
  kb: KnowledgeBase;
  locate: ContentLocator;
  bodies: readonly MdxBody[];
  /** Every content file's path, valid or not (a link to a broken entry is not a broken link). */
  files: readonly string[];
}

export function qualityWarnings({ kb, locate, bodies, files }: QualityInput): Problem[] {
  return [
    ...similarSymptoms(kb, locate),
    ...incidentsWithoutRunbook(kb, locate),
    ...brokenBodyLinks(kb, bodies, files),
    ...destructiveSteps(kb, locate),
  ];
}

/**
 * A symptom of one runbook that reads like a symptom of another: the same problem is probably
 * written up twice. Identical symptoms are warnings.ts's ("also claims this symptom").
 */
export function similarSymptoms(kb: KnowledgeBase, locate: ContentLocator): Problem[] {
  const model = symptomModel(kb.runbooks.flatMap((r) => r.data.symptoms));
  const all = kb.runbooks.flatMap((runbook) =>
    runbook.data.symptoms.map((text) => ({ runbook: runbook.id, text, key: normalizeText(text), vector: model.vector(text) })),
  );
  const candidates = candidatePairs(all.map((s) => s.vector), CLOSE_SYMPTOMS);
  let at = 0;
  return kb.runbooks.flatMap((runbook) =>
    runbook.data.symptoms.flatMap((text, i) => {
      const self = at++;
      const { key, vector } = all[self]!;
      let best: { runbook: string; text: string; score: number } | undefined;
      for (const j of candidates[self]!) {
        const other = all[j]!;
        if (other.runbook === runbook.id || other.key === key) continue;
        const score = cosine(vector, other.vector);
        if (score >= CLOSE_SYMPTOMS && (!best || score > best.score)) best = { runbook: other.runbook, text: other.text, score };
      }
      if (!best) return [];
      const message = `reads like runbook "${best.runbook}"'s symptom "${best.text}" (similarity ${best.score.toFixed(2)}); did you mean to extend "${best.runbook}"?`;
      return [problemAt(locate, runbook.file, ['symptoms', i], message, 'warning')];
    }),
  );
}

/**
 * An incident that names no runbook is missing from every runbook's history, and a bare solution
 * id in its attempts cannot be resolved. The runbooks whose symptoms read most like the
 * incident's are named as the probable ones. (The search index's related runbooks say the same
 * with the whole text, but building the index for a check would triple the validator's time.)
 */
export function incidentsWithoutRunbook(kb: KnowledgeBase, locate: ContentLocator): Problem[] {
  const orphans = kb.incidents.filter((incident) => !incident.data.runbooks.length);
  if (!orphans.length) return [];
  const model = symptomModel([...kb.runbooks, ...kb.incidents].flatMap((e) => e.data.symptoms));
  const runbooks = kb.runbooks.map((r) => ({ id: r.id, vectors: r.data.symptoms.map((t) => model.vector(t)) }));
  return orphans.map((incident) => {
    const seen = incident.data.symptoms.map((t) => model.vector(t));
    const probable = runbooks
      .map((r) => ({ id: r.id, score: Math.max(0, ...seen.flatMap((a) => r.vectors.map((b) => cosine(a, b)))) }))
      .filter((r) => r.score >= PROBABLE_RUNBOOK)
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
      .slice(0, 3);
    const hint = probable.length
      ? `probably ${probable.map((r) => `"${r.id}"`).join(', ')}: add the ones that apply, or write a runbook for this problem`
      : 'no runbook has symptoms like it: write one (npx fixpath new runbook)';
    return problemAt(locate, incident.file, ['runbooks'], `names no runbook; ${hint}`, 'warning');
  });
}
