import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { destructiveCommand } from '../../../src/lib/content/destructive-steps.ts';
import { formatProblem } from '../../../src/lib/content/report.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { loadContent } from '../../../src/node/content.ts';

const NOW = new Date('2026-11-21T00:00:00Z');
// The spec's warnings (warnings.ts) are tested with the validator; these tests pin the quality ones.
const SPEC_WARNING = /no incident has tried|not reviewed for a year|also claims? this symptom/;

async function qualityWarnings(dir: string): Promise<string[]> {
  const problems = await validateContent(await loadContent(dir), { now: NOW });
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  return problems.filter((p) => p.severity === 'warning' && !SPEC_WARNING.test(p.message)).map((p) => formatProblem(p, ''));
}

const fixture = (name: string) => `tests/fixtures/quality/${name}/content`;

describe('quality warnings', () => {
  it('a symptom that reads like another runbook’s: did you mean to extend it?', async () => {
    expect(await qualityWarnings(fixture('similar-symptoms'))).toEqual([
      `runbooks/database/mysql-connection-limit.mdx:6:5 warning: symptoms[0]: reads like runbook "mysql-too-many-connections"'s symptom "ERROR 1040 (HY000): Too many connections" (similarity 0.87); did you mean to extend "mysql-too-many-connections"?`,
      `runbooks/database/mysql-too-many-connections.mdx:6:5 warning: symptoms[0]: reads like runbook "mysql-connection-limit"'s symptom "ERROR 1040 (HY000): Too many connections on the primary" (similarity 0.87); did you mean to extend "mysql-connection-limit"?`,
    ]);
  });

  it('an incident with no runbook, and the runbooks that probably apply', async () => {
    expect(await qualityWarnings(fixture('incident-without-runbook'))).toEqual([
      'incidents/2026/2026-10-05-orders-db-refused.mdx:2:1 warning: runbooks: names no runbook; probably "mysql-too-many-connections": add the ones that apply, or write a runbook for this problem',
      'incidents/2026/2026-10-09-office-wifi.mdx:2:1 warning: runbooks: names no runbook; no runbook has symptoms like it: write one (npx fixpath new runbook)',
    ]);
  });

  it('links in bodies to entries that do not exist, absolute, relative to the page or to the file', async () => {
    const file = 'runbooks/database/connection-pool-exhaustion.mdx';
    expect(await qualityWarnings(fixture('broken-links'))).toEqual([
      `${file}:25:21 warning: body: link to /runbooks/mysql-too-many-connection/ leads nowhere: there is no runbook "mysql-too-many-connection"; did you mean "mysql-too-many-connections"?`,
      `${file}:26:1 warning: body: link to ../pool-exhaustion/ leads nowhere: there is no runbook "pool-exhaustion"`,
      `${file}:26:41 warning: body: link to ../network/dns-failure.mdx leads nowhere: there is no runbook "dns-failure"`,
      `${file}:27:1 warning: body: link to /incidents/2026-01-01-nothing/#timeline leads nowhere: there is no incident "2026-01-01-nothing"`,
      `${file}:27:57 warning: body: link to /categories/databases/ leads nowhere: there is no category "databases"; did you mean "database"?`,
      `${file}:30:1 warning: body: link to /paths/first-week/ leads nowhere: there is no learning path "first-week"`,
    ]);
  });

  it('destructive commands in solutions whose risk is low or unstated', async () => {
    const file = 'runbooks/database/mysql-disk-full.mdx';
    expect(await qualityWarnings(fixture('destructive-steps'))).toEqual([
      `${file}:17:9 warning: solutions[0].steps[1]: "sudo rm -rf /var/lib/mysql-tmp/*" deletes files recursively without asking, but the risk is "low": set risk: medium or high, and say what to check first`,
      `${file}:22:9 warning: solutions[1].steps[0]: "mysql -e 'DROP TABLE reports.scratch_2026'" drops a database object, but the solution states no risk: set risk: medium or high, and say what to check first`,
      `${file}:23:9 warning: solutions[1].steps[1]: "redis-cli -n 3 FLUSHDB" empties the Redis data set, but the solution states no risk: set risk: medium or high, and say what to check first`,
      `${file}:30:9 warning: solutions[2].steps[1]: "git push --force origin hotfix" skips the safety checks (--force), but the risk is "low": set risk: medium or high, and say what to check first`,
    ]);
  });

  // The whole sample content, MDX compile included: slower than the small fixtures.
  it('on the sample content, fire only for the incident that really has no runbook', { timeout: 30_000 }, async () => {
    expect(await qualityWarnings('content')).toEqual([
      'incidents/2025/2025-11-28-payment-provider-outage.mdx:2:1 warning: runbooks: names no runbook; probably "api-timeout": add the ones that apply, or write a runbook for this problem',
    ]);
  });
});

describe('destructiveCommand', () => {
  it.each([
    ['`rm -rf /tmp/x`', 'rm -rf /tmp/x'],
    ['`rm -fr build`', 'rm -fr build'],
    ['`rm -r -f build`', 'rm -r -f build'],
    ['`redis-cli FLUSHALL`', 'redis-cli FLUSHALL'],
    ['`psql -c "drop database app"`', 'psql -c "drop database app"'],
    ['`TRUNCATE sessions`', 'TRUNCATE sessions'],
    ['`sudo mkfs.ext4 /dev/sdb1`', 'sudo mkfs.ext4 /dev/sdb1'],
    ['kubectl delete pod x --force', 'kubectl delete pod x --force'],
  ])('flags %s', (step, command) => {
    expect(destructiveCommand(step)?.command).toBe(command);
  });

  it.each([
    '`rm /tmp/one-file`',
    '`aws ecs update-service --force-new-deployment`',
    '`redis-cli INFO memory`',
    '`SELECT * FROM drops`',
    'Never use `rm` on the data directory; check `df -h` first',
  ])('leaves %s alone', (step) => {
    expect(destructiveCommand(step)).toBeUndefined();
  });
});

describe('fixpath validate --strict', () => {
  const run = async (...argv: string[]) => main(argv, { stdout: () => {}, stderr: () => {}, stdin: (async function* () {})() });

  it('exits 1 on warnings with --strict, 0 without', async () => {
    expect(await run('validate', '--content', fixture('destructive-steps'))).toBe(0);
    expect(await run('validate', '--strict', '--content', fixture('destructive-steps'))).toBe(1);
  });
});
