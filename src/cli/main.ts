/** Dispatch `fixpath <command> ...` to the file that owns the command. */
import { readFileSync } from 'node:fs';
import { ContentReadError } from '../node/read-content.ts';
import { displayPath, IndexReadError } from '../node/fs-errors.ts';
import { WriteError } from '../node/write-atomic.ts';
import { terminalSafe } from '../lib/text/terminal.ts';
import { commandHelp, COMMAND_HELP, overview } from './help.ts';
import { EXIT, UsageError, type CliIo, type Command } from './io.ts';

export const COMMANDS: Record<string, () => Promise<{ run: Command }>> = {
  validate: () => import('./validate.ts'),
  new: () => import('./new.ts'),
  import: () => import('./import.ts'),
  stats: () => import('./stats.ts'),
  search: () => import('./search.ts'),
  index: () => import('./index.ts'),
};

/** `fixpath --version`: the package's own version, read where it is declared. */
function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return `fixpath ${pkg.version}\n`;
}

const wantsHelp = (args: readonly string[]) => {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
};

export async function main(argv: string[], rawIo: CliIo): Promise<number> {
  // Everything printed may carry content (titles, symptoms, the query echoed): no terminal controls.
  const io: CliIo = { ...rawIo, stdout: (text) => rawIo.stdout(terminalSafe(text)), stderr: (text) => rawIo.stderr(terminalSafe(text)) };
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? args[0] : undefined;
    if (topic && topic in COMMAND_HELP) {
      io.stdout(commandHelp(topic));
      return EXIT.ok;
    }
    (name ? io.stdout : io.stderr)(overview());
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(version());
    return EXIT.ok;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr(`fixpath: unknown command "${name}"\n\n${overview()}`);
    return EXIT.usage;
  }
  if (wantsHelp(args)) {
    io.stdout(commandHelp(name));
    return EXIT.ok;
  }
  try {
    return await (await load()).run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`fixpath ${name}: ${error.message}\n\n${commandHelp(name)}`);
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
