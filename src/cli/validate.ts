/**
 * `fixpath validate [--json] [--strict]`: print every problem as `path:line:column field: message`.
 * Exit 1 on an error; with --strict, on a warning too (for CI that wants a clean knowledge base).
 */
import path from 'node:path';
import { formatProblem, problemsJson, summarize } from '../lib/content/report.ts';
import { resolveContentDir } from '../node/read-content.ts';
import { validateContentDir } from '../node/validate-dir.ts';
import { paint } from './color.ts';
import { EXIT, parseCommandLine, type Command } from './io.ts';

export const run: Command = async (args, io) => {
  const { values } = parseCommandLine({ args, options: { json: { type: 'boolean' }, strict: { type: 'boolean' }, content: { type: 'string' } } });
  const dir = resolveContentDir(values.content);
  const { problems, fileCount } = await validateContentDir(dir);
  // Paths as the user can open them from where they stand.
  const prefix = path.relative(process.cwd(), dir).split(path.sep).join('/');
  if (values.json) io.stdout(`${JSON.stringify(problemsJson(problems, prefix, fileCount), null, 2)}\n`);
  else {
    for (const problem of problems) io.stdout(`${formatProblem(problem, prefix)}\n`);
    const errors = problems.some((p) => p.severity === 'error');
    const colour = errors ? 'red' : problems.length ? 'yellow' : 'green';
    io.stdout(`${paint(summarize(problems, fileCount), colour, Boolean(io.colour))}\n`);
  }
  return problems.some((p) => p.severity === 'error' || values.strict) ? EXIT.content : EXIT.ok;
};
