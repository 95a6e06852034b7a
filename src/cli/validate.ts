/** `fixpath validate [--json]`: print every problem as `path:line:column field: message`. */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { loadKnowledgeBase } from '../node/knowledge-base.ts';
import { resolveContentDir } from '../node/read-content.ts';
import { EXIT, UsageError, type Command } from './io.ts';

export const run: Command = async (args, io) => {
  let values;
  try {
    ({ values } = parseArgs({ args, options: { json: { type: 'boolean' }, content: { type: 'string' } } }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const dir = resolveContentDir(values.content);
  const { problems } = await loadKnowledgeBase(dir);
  const shown = path.relative(process.cwd(), dir) || '.';
  if (values.json) io.stdout(JSON.stringify({ problems }, null, 2) + '\n');
  else
    for (const p of problems)
      io.stdout(`${shown}/${p.file}:${p.line}:${p.column} ${p.field}${p.field ? ': ' : ''}${p.message}\n`);
  return problems.some((p) => p.severity === 'error') ? EXIT.content : EXIT.ok;
};
