/** Dispatch `fixpath <command> ...` to the file that owns the command. */
import { ContentReadError } from '../node/read-content.ts';
import { displayPath, IndexReadError } from '../node/fs-errors.ts';
import { WriteError } from '../node/write-atomic.ts';
import { EXIT, UsageError, type CliIo, type Command } from './io.ts';

const COMMANDS: Record<string, () => Promise<{ run: Command }>> = {
  validate: () => import('./validate.ts'),
  new: () => import('./new.ts'),
  import: () => import('./import.ts'),
  stats: () => import('./stats.ts'),
  search: () => import('./search.ts'),
  index: () => import('./index.ts'),
};

export const USAGE = `usage: fixpath <command> [options]

commands:
  validate [--json] [--strict] check every file under the content directory
  search QUERY... [--json]   find the runbooks and incidents for a symptom ('-' reads stdin)
  index [--out FILE]         build the search index the site and 'search' use
  new runbook|incident|path  write a valid skeleton in the right folder (--yes: answers from flags)
  import FILE... [--dry-run] turn Markdown/Docusaurus runbook pages into runbooks
  stats [--json]             counts and rates from the incidents

every command takes --content DIR (default: $FIXPATH_CONTENT_DIR, else content/)
`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.stdout : io.stderr)(USAGE);
    return name ? EXIT.ok : EXIT.usage;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr(`fixpath: unknown command "${name}"\n\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    return await (await load()).run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`fixpath ${name}: ${error.message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    // A content directory or index that cannot be read is the input's fault (exit 1), whichever command met it.
    if (error instanceof ContentReadError || error instanceof IndexReadError) {
      io.stderr(`fixpath ${name}: ${error.message}\n`);
      return EXIT.content;
    }
    // A file that could not be written was left as it was: say which and why, in one line.
    if (error instanceof WriteError) {
      io.stderr(`fixpath ${name}: cannot write ${displayPath(error.file)}: ${error.reason}; nothing was changed\n`);
      return EXIT.content;
    }
    throw error;
  }
}
