import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';

async function fixpath(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdin: (async function* () {})(),
  });
  return { code, stdout, stderr };
}

describe('fixpath (the command dispatcher)', () => {
  it.each(['validate', 'stats', 'index', 'search'])(
    '%s names a content directory it cannot read in one line and exits 1, no stack trace',
    async (command) => {
      const args = command === 'search' ? ['search', 'disk full'] : [command];
      const { code, stderr } = await fixpath(...args, '--content', 'tests/fixtures/does-not-exist');
      expect(code).toBe(1);
      expect(stderr).toBe(
        `fixpath ${command}: cannot read the content directory "tests/fixtures/does-not-exist": it does not exist (choose another with --content DIR or FIXPATH_CONTENT_DIR)\n`,
      );
    },
  );

  it('answers an unknown command or option with the usage and exit 2', async () => {
    const unknown = await fixpath('serch', 'x');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^fixpath: unknown command "serch"\n\nusage: fixpath <command>/);
    const option = await fixpath('stats', '--jsn');
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/^fixpath stats: Unknown option '--jsn'/);
  });
});
