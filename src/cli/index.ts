/**
 * `fixpath index [--out DIR]`: build the search index the site serves and `search` uses (sharded
 * files, src/lib/search/shards/), write it atomically, and say where and how big. Exits 1 when
 * content errors left entries out (the index is still written, from the valid entries).
 */
import path from 'node:path';
import { resolveContentDir } from '../node/read-content.ts';
import { buildIndexFromContent, DEFAULT_INDEX_DIR, shardStored, writeIndexDir } from '../node/search-index.ts';
import { EXIT, parseCommandLine, type Command } from './io.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export const run: Command = async (args, io) => {
  const { values } = parseCommandLine({ args, options: { out: { type: 'string' }, content: { type: 'string' } } });
  const { stored, problems } = await buildIndexFromContent(resolveContentDir(values.content));
  const out = path.resolve(values.out ?? DEFAULT_INDEX_DIR);
  const sharded = shardStored(stored);
  const size = await writeIndexDir(out, sharded);
  const runbooks = sharded.manifest.runbooks;
  io.stdout(
    `${path.relative(process.cwd(), out) || out}/: ${size.files} files, ${kb(size.raw)} (${kb(size.gzip)} gzip), ` +
      `${runbooks} runbooks, ${sharded.manifest.docs - runbooks} incidents, ${stored.terms.length} terms, ${sharded.manifest.shards.files.length} shards\n`,
  );
  const errors = problems.filter((p) => p.severity === 'error').length;
  // The index is still written (a site with fewer entries beats none), but CI must see the loss.
  if (errors) io.stderr(`fixpath index: ${errors} content error(s) left entries out of the index; run "fixpath validate"\n`);
  return errors ? EXIT.content : EXIT.ok;
};
