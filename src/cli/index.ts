/** `fixpath index [--out FILE]`: build the search index the site and `search` use; say where and how big. */
import path from 'node:path';
import { resolveContentDir } from '../node/read-content.ts';
import { buildIndexFromContent, DEFAULT_INDEX_FILE, writeIndexFile } from '../node/search-index.ts';
import { EXIT, parseCommandLine, type Command } from './io.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export const run: Command = async (args, io) => {
  const { values } = parseCommandLine({ args, options: { out: { type: 'string' }, content: { type: 'string' } } });
  const { stored, problems } = await buildIndexFromContent(resolveContentDir(values.content));
  const errors = problems.filter((p) => p.severity === 'error').length;
  // The index is still written (a site with fewer entries beats none), but CI must see the loss.
  if (errors) io.stderr(`fixpath index: ${errors} content error(s) left entries out of the index; run "fixpath validate"\n`);
  const out = path.resolve(values.out ?? DEFAULT_INDEX_FILE);
  const size = await writeIndexFile(out, stored);
  const runbooks = stored.docs.type.filter((type) => type === 'runbook').length;
  io.stdout(
    `${path.relative(process.cwd(), out) || out}: ${kb(size.raw)} (${kb(size.gzip)} gzip), ` +
      `${runbooks} runbooks, ${stored.docs.type.length - runbooks} incidents, ${stored.terms.length} terms\n`,
  );
  return errors ? EXIT.content : EXIT.ok;
};
