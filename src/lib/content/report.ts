/** How `fixpath validate` shows problems: one line each for people, one object for machines. */
import type { Problem } from './model.ts';

/**
 * `content/runbooks/db/x.mdx:12:5 solutions[1].kind: expected ...`; warnings say so before the
 * field. `prefix` is the content directory as the user should see it (relative to where they are).
 */
export function formatProblem(problem: Problem, prefix: string): string {
  const where = `${joinPath(prefix, problem.file)}:${problem.line}:${problem.column}`;
  const label = problem.severity === 'warning' ? 'warning: ' : '';
  const field = problem.field ? `${problem.field}: ` : '';
  return `${where} ${label}${field}${problem.message}`;
}

/** `2 errors, 1 warning in 34 files`. */
export function summarize(problems: readonly Problem[], fileCount: number): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return `${count(errors, 'error')}, ${count(warnings, 'warning')} in ${count(fileCount, 'file')}`;
}

/** The `--json` output: the problems with their paths as shown to the user, and the totals. */
export function problemsJson(problems: readonly Problem[], prefix: string, fileCount: number) {
  return {
    problems: problems.map((p) => ({
      file: joinPath(prefix, p.file),
      line: p.line,
      column: p.column,
      field: p.field,
      severity: p.severity,
      message: p.message,
    })),
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    files: fileCount,
  };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function joinPath(prefix: string, file: string): string {
  return prefix && prefix !== '.' ? `${prefix.replace(/\/$/, '')}/${file}` : file;
}
