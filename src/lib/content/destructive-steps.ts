/**
 * Commands that destroy something and cannot be taken back. A step that runs one belongs to a
 * solution whose `risk` says so (medium or high), so that the page warns the reader at 3 a.m.
 */
import { splitCodeSpans } from '../text/code-spans.ts';
import type { KnowledgeBase, Problem } from './model.ts';
import { problemAt, type ContentLocator } from './problems.ts';

/** What a destructive command looks like, and what it does, in words for the message. */
const DESTRUCTIVE: [RegExp, string][] = [
  [/\brm\s+(?:-[a-z]*r[a-z]*f[a-z]*|-[a-z]*f[a-z]*r[a-z]*|-r\s+-f|-f\s+-r|--recursive\s+--force|--force\s+--recursive)\b/i, 'deletes files recursively without asking'],
  [/\bFLUSH(?:ALL|DB)\b/i, 'empties the Redis data set'],
  [/\bDROP\s+(?:TABLE|DATABASE|SCHEMA|INDEX|USER)\b/i, 'drops a database object'],
  [/\bTRUNCATE\s+(?:TABLE\s+)?\w/i, 'deletes every row of a table'],
  [/\bmkfs(?:\.\w+)?\b/, 'formats a file system'],
  [/(?:^|\s)--force(?![\w-])/, 'skips the safety checks (--force)'],
];

/** What a step's commands destroy (the first match), or undefined for a harmless step. */
export function destructiveCommand(step: string): { command: string; effect: string } | undefined {
  // Commands are in backticks; a step with none is read whole (some authors skip them).
  const parts = splitCodeSpans(step).filter((part) => part.code);
  for (const { text } of parts.length ? parts : [{ text: step }]) {
    const found = DESTRUCTIVE.find(([pattern]) => pattern.test(text));
    if (found) return { command: text.trim(), effect: found[1] };
  }
  return undefined;
}

/** A warning for every step with a destructive command in a solution of low or no stated risk. */
export function destructiveSteps(kb: KnowledgeBase, locate: ContentLocator): Problem[] {
  return kb.runbooks.flatMap((runbook) =>
    runbook.data.solutions.flatMap((solution, i) => {
      if (solution.risk === 'medium' || solution.risk === 'high') return [];
      return (solution.steps ?? []).flatMap((step, j) => {
        const found = destructiveCommand(step);
        if (!found) return [];
        const risk = solution.risk ? `risk is "${solution.risk}"` : 'solution states no risk';
        const message = `"${found.command}" ${found.effect}, but the ${risk}: set risk: medium or high, and say what to check first`;
        return [problemAt(locate, runbook.file, ['solutions', i, 'steps', j], message, 'warning')];
      });
    }),
  );
}
