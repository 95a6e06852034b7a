import { parseArgs, type ParseArgsConfig } from 'node:util';

/** What a subcommand may touch: output streams and standard input, passed in so tests can capture them. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: AsyncIterable<string | Uint8Array>;
  /** Whether stdout may carry colour (a terminal, NO_COLOR unset); absent means no. */
  colour?: boolean;
}

/** Exit codes from shared/spec/cli.md. */
export const EXIT = { ok: 0, content: 1, usage: 2 } as const;

export type Command = (args: string[], io: CliIo) => Promise<number>;

/** Thrown for a malformed command line; main prints it with the usage and exits 2. */
export class UsageError extends Error {}

/** node:util's parseArgs, its complaints (unknown option, missing value) turned into usage errors. */
export function parseCommandLine<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
