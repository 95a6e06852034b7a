import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/cli/io.ts';
import { main } from '../../../src/cli/main.ts';
import { FIXTURE_CONTENT } from './fixture.ts';

async function runCli(args: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdin: (async function* () {
      yield new TextEncoder().encode(stdin);
    })(),
  };
  const code = await main(['search', ...args, '--content', FIXTURE_CONTENT], io);
  return { code, stdout, stderr };
}

describe('fixpath search', () => {
  it('prints the JSON shape of cli.md', async () => {
    const { code, stdout } = await runCli(['ERROR', '1040', '(HY000):', 'Too', 'many', 'connections', '--json', '--limit', '2']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.query).toBe('ERROR 1040 (HY000): Too many connections');
    expect(out.results).toHaveLength(2);
    expect(out.results[0]).toMatchObject({
      id: 'mysql-too-many-connections',
      type: 'runbook',
      url: '/runbooks/mysql-too-many-connections/',
    });
    expect(out.results[0].matched[0]).toBe('ERROR 1040 (HY000): Too many connections');
    expect(Object.keys(out.results[0].recommendations[0])).toEqual(
      expect.arrayContaining(['solution', 'title', 'kind', 'attempts', 'resolved', 'success_rate', 'score']),
    );
  });

  it('reads a pasted log from stdin with -', async () => {
    const { code, stdout } = await runCli(['-', '--type', 'runbook'], '10:00:00 INFO ok\n10:00:01 ERROR write failed: ENOSPC: no space left on device\n');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^1\. ディスク容量が枯渇する {2}\[runbook, score 0\.\d\d\]$/);
    expect(stdout).toContain('/runbooks/disk-full/');
  });

  it('exits 1 with a message when nothing matches or the query is empty', async () => {
    expect(await runCli(['qqqqxxxxzzzz'])).toMatchObject({ code: 1, stderr: 'fixpath search: nothing matches "qqqqxxxxzzzz"; try fewer or other words\n' });
    expect(await runCli(['-'], '  \n')).toMatchObject({ code: 1, stderr: 'fixpath search: the query is empty; give words, an error message, or a log on stdin\n' });
  });

  it('exits 2 on wrong usage', async () => {
    expect((await runCli(['x', '--limit', '0'])).code).toBe(2);
    expect((await runCli(['x', '--type', 'page'])).code).toBe(2);
    expect((await runCli([])).code).toBe(2);
  });
});
