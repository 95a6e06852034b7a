/**
 * What `fixpath --help` and `fixpath COMMAND --help` print: one table, so the overview and each
 * command's page can never disagree about a command's options.
 */

export interface CommandHelp {
  /** The command line, options in brackets. */
  synopsis: string;
  /** One line for the overview. */
  summary: string;
  /** `--flag VALUE   what it does` lines. */
  options: string[];
  /** Command lines worth copying, each with what it does. */
  examples: [command: string, what: string][];
}

const CONTENT_OPTION = '--content DIR     the content directory (default: $FIXPATH_CONTENT_DIR, else content/)';

export const COMMAND_HELP: Record<string, CommandHelp> = {
  validate: {
    synopsis: 'validate [--json] [--strict]',
    summary: 'check every file under the content directory',
    options: [
      '--json            one JSON object: the problems, error and warning counts',
      '--strict          exit 1 on warnings too (for CI that wants a clean knowledge base)',
    ],
    examples: [
      ['fixpath validate', 'print every problem as path:line:column field: message'],
      ['fixpath validate --strict --content ../team-kb/content', 'check another knowledge base, warnings fail'],
    ],
  },
  search: {
    synopsis: 'search QUERY... [--limit N] [--type runbook|incident] [--json] [--index PATH]',
    summary: "find the runbooks and incidents for a symptom ('-' reads stdin)",
    options: [
      '--limit N         how many results (default 10)',
      '--type TYPE       only runbooks or only incidents',
      '--json            one JSON object with the results and their recommendations',
      '--index PATH      read the index in this directory instead of the content directory\'s',
    ],
    examples: [
      ['fixpath search "ERROR 1040 (HY000): Too many connections"', 'the runbook for an error message'],
      ['kubectl logs api-7f9c | fixpath search -', 'search with a pasted log'],
      ['fixpath search ディスク 容量 --json', 'a Japanese phrase, as JSON for a script'],
    ],
  },
  index: {
    synopsis: 'index [--out PATH]',
    summary: "build the search index the site and 'search' use",
    options: ['--out PATH        the directory to write it into (default: where the site serves it and search finds it)'],
    examples: [['fixpath index', 'rebuild the index after editing content']],
  },
  new: {
    synopsis: 'new runbook|incident|path [--yes] [answers as flags]',
    summary: 'write a valid skeleton in the right folder',
    options: [
      '--yes, -y         take every answer from flags or defaults (no prompts, for scripts)',
      'runbook:  --title --category --severity --symptom [--id --lang]',
      'incident: --title, and --runbook or --severity --symptom [--solution --outcome --started --resolved --id --lang]',
      'path:     --title --entry ID [--entry ID ...] [--id --lang]',
    ],
    examples: [
      ['fixpath new runbook', 'answer a few questions in the terminal'],
      [
        'fixpath new runbook --yes --title "Disk full on /var" --category storage --severity high --symptom "No space left on device"',
        'the same from a script',
      ],
    ],
  },
  import: {
    synopsis: 'import FILE... [--out-dir DIR] [--dry-run] [--category C] [--severity S]',
    summary: 'turn Markdown/Docusaurus runbook pages into runbooks',
    options: [
      '--out-dir DIR     write under DIR instead of the content directory',
      '--dry-run         report what would be written and what did not map, write nothing',
      '--category C      the category of every imported runbook',
      '--severity S      the severity of every imported runbook (critical..low or P1..P4)',
    ],
    examples: [
      ['fixpath import docs/runbooks/*.md --dry-run', 'see what would map before writing'],
      ['fixpath import ops-guide.md --category database --severity high', 'import one page'],
    ],
  },
  stats: {
    synopsis: 'stats [--json] [--now DATETIME]',
    summary: 'counts and rates from the incidents',
    options: [
      '--json            the figures as one JSON object',
      '--now DATETIME    count "recent" from this instant instead of now (for reproducible reports)',
    ],
    examples: [
      ['fixpath stats', 'incidents per month, time to detect and resolve, best and worst fixes'],
      ['fixpath stats --json --now 2026-01-01T00:00:00Z', 'the same figures for a script'],
    ],
  },
};

const GENERAL_OPTIONS = [
  '--help, -h        this help, or a command\'s (fixpath COMMAND --help)',
  '--version         the version of fixpath',
  CONTENT_OPTION,
  'NO_COLOR=1        no colour in terminal output',
];

/** `fixpath --help`: every command in one line each. */
export function overview(): string {
  const width = Math.max(...Object.values(COMMAND_HELP).map((c) => c.synopsis.split(' [')[0]!.length));
  const commands = Object.values(COMMAND_HELP).map((c) => `  ${c.synopsis.split(' [')[0]!.padEnd(width)}  ${c.summary}`);
  return [
    'usage: fixpath <command> [options]',
    '',
    'commands:',
    ...commands,
    '',
    'options:',
    ...GENERAL_OPTIONS.map((o) => `  ${o}`),
    '',
    "exit codes: 0 success, 1 the content or the query is at fault, 2 wrong usage. 'fixpath COMMAND --help' for examples.",
    '',
  ].join('\n');
}

/** `fixpath COMMAND --help`: the synopsis, every option and examples. */
export function commandHelp(name: string): string {
  const help = COMMAND_HELP[name]!;
  return [
    `usage: fixpath ${help.synopsis}`,
    '',
    `${help.summary[0]!.toUpperCase()}${help.summary.slice(1)}.`,
    '',
    'options:',
    ...[...help.options, CONTENT_OPTION, "--help, -h        this help"].map((o) => `  ${o}`),
    '',
    'examples:',
    ...help.examples.flatMap(([command, what]) => [`  ${command}`, `      ${what}`]),
    '',
  ].join('\n');
}
