import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paint, useColour } from '../../../src/cli/color.ts';
import { COMMAND_HELP } from '../../../src/cli/help.ts';
import { COMMANDS, main } from '../../../src/cli/main.ts';

async function fixpath(argv: string[], colour = false) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdin: (async function* () {})(),
    colour,
  });
  return { code, stdout, stderr };
}

const names = Object.keys(COMMANDS);

describe('fixpath --help, COMMAND --help, --version', () => {
  it('documents exactly the commands it dispatches', () => {
    expect(Object.keys(COMMAND_HELP).sort()).toEqual([...names].sort());
  });

  it.each(names.flatMap((name) => [[name, '--help'], [name, '-h']]))(
    '%s %s prints its usage, options and examples on stdout and exits 0',
    async (name, flag) => {
      const { code, stdout, stderr } = await fixpath([name, flag]);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout.startsWith(`usage: fixpath ${name}`)).toBe(true);
      expect(stdout).toContain('\noptions:\n');
      expect(stdout).toContain('\nexamples:\n  fixpath ');
      expect(stdout).toContain('--content DIR');
    },
  );

  it('answers --help before checking the other options, so a half-typed command line still gets help', async () => {
    const { code, stdout } = await fixpath(['new', 'runbook', '--titel', 'x', '--help']);
    expect(code).toBe(0);
    expect(stdout.startsWith('usage: fixpath new runbook|incident|path')).toBe(true);
  });

  it('fixpath help COMMAND is the same page as COMMAND --help', async () => {
    expect((await fixpath(['help', 'search'])).stdout).toBe((await fixpath(['search', '--help'])).stdout);
  });

  it('fixpath --help lists every command and the exit codes; bare fixpath prints it on stderr with exit 2', async () => {
    const help = await fixpath(['--help']);
    expect(help.code).toBe(0);
    for (const name of names) expect(help.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    expect(help.stdout).toContain('exit codes: 0 success, 1 the content or the query is at fault, 2 wrong usage.');
    const bare = await fixpath([]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toBe(help.stdout);
  });

  it('fixpath --version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const { code, stdout } = await fixpath(['--version']);
    expect(code).toBe(0);
    expect(stdout).toBe(`fixpath ${version}\n`);
  });

  it('a usage error is followed by that command\'s help, exit 2', async () => {
    const { code, stderr } = await fixpath(['stats', '--jsn']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^fixpath stats: Unknown option '--jsn'.*\n\nusage: fixpath stats \[--json\]/s);
  });
});

describe('colour', () => {
  it('is used only on a terminal with NO_COLOR unset or empty', () => {
    expect(useColour({ isTTY: true }, {})).toBe(true);
    expect(useColour({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
    expect(useColour({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(useColour({ isTTY: false }, {})).toBe(false);
    expect(useColour({}, {})).toBe(false);
  });

  it('paints only when enabled', () => {
    expect(paint('1 error', 'red', false)).toBe('1 error');
    expect(paint('1 error', 'red', true)).toBe('\u001b[31m1 error\u001b[0m');
  });

  it('colours the validator summary only when the output may carry colour', async () => {
    const args = ['validate', '--content', 'tests/fixtures/site-en/content'];
    const plain = await fixpath(args, false);
    const painted = await fixpath(args, true);
    expect(plain.stdout).not.toContain('\u001b[');
    expect(painted.stdout).toMatch(/\u001b\[3[123]m\d+ errors?, \d+ warnings? in \d+ files?\u001b\[0m\n$/);
  });
});
