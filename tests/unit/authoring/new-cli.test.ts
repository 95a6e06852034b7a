import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';

let dir: string;
let content: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fixpath-new-'));
  content = path.join(dir, 'content');
  await cp('tests/fixtures/authoring/content', content, { recursive: true });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fixpath(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stdin: (async function* () {})(),
  });
  return { code, stdout, stderr };
}

describe('fixpath new --yes', () => {
  it('writes a runbook in its category folder that fixpath validate accepts', async () => {
    const made = await fixpath('new', 'runbook', '--content', content, '--yes', '--title', 'Disk full: No space left on device',
      '--category', 'storage', '--severity', 'P2', '--symptom', 'write /var/log/app.log: no space left on device');
    expect(made).toMatchObject({ code: 0, stderr: '' });
    const file = path.join(content, 'runbooks/storage/disk-full-no-space-left-on-device.mdx');
    expect(made.stdout).toContain(`wrote ${path.relative(process.cwd(), file)}`);
    expect(made.stdout).toContain('npx fixpath validate');
    expect(await readFile(file, 'utf8')).toMatch(/^severity: high$/m);

    const validated = await fixpath('validate', '--content', content);
    expect(validated.code).toBe(0);
    expect(validated.stdout).toMatch(/^0 errors, /m);
  });

  it('writes an incident that records the runbook and what was tried, and validates', async () => {
    const made = await fixpath('new', 'incident', '--content', content, '--yes', '--title', 'Orders API refused connections',
      '--runbook', 'too-many-connections', '--solution', 'kill-idle-connections', '--outcome', 'resolved',
      '--started', '2026-11-20T23:40:00+09:00', '--resolved', '2026-11-21T00:10:00+09:00');
    expect(made).toMatchObject({ code: 0, stderr: '' });
    const text = await readFile(path.join(content, 'incidents/2026/2026-11-20-orders-api-refused-connections.mdx'), 'utf8');
    // Severity and symptom default to the runbook's.
    expect(text).toContain('severity: high\n');
    expect(text).toContain('"ERROR 1040 (HY000): Too many connections"');
    expect(text).toContain('solution: too-many-connections#kill-idle-connections\n    outcome: resolved');
    expect((await fixpath('validate', '--content', content)).code).toBe(0);
  });

  it('writes a learning path whose steps exist', async () => {
    const made = await fixpath('new', 'path', '--content', content, '--yes', '--title', 'DB basics', '--entry', 'too-many-connections');
    expect(made.code).toBe(0);
    expect((await fixpath('validate', '--content', content)).code).toBe(0);
  });

  it('refuses to overwrite an existing file', async () => {
    const file = path.join(content, 'runbooks/storage/disk-full.mdx');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, 'mine\n');
    const made = await fixpath('new', 'runbook', '--content', content, '--yes', '--title', 'x', '--id', 'disk-full',
      '--category', 'storage', '--severity', 'low', '--symptom', 's');
    expect(made.code).toBe(2);
    expect(made.stderr).toContain('--id "disk-full": a runbook "disk-full" already exists; choose another id');
    expect(await readFile(file, 'utf8')).toBe('mine\n');
  });

  it('names the missing flag and the accepted values', async () => {
    const missing = await fixpath('new', 'runbook', '--content', content, '--yes', '--title', 'Disk full', '--severity', 'high', '--symptom', 's');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('fixpath new: --category is required (category)');
    const wrong = await fixpath('new', 'runbook', '--content', content, '--yes', '--title', 'Disk full', '--category', 'disk',
      '--severity', 'high', '--symptom', 's');
    expect(wrong.stderr).toContain('--category "disk": expected one of database, database/connections, storage');
    const solution = await fixpath('new', 'incident', '--content', content, '--yes', '--title', 'x', '--runbook', 'too-many-connections',
      '--solution', 'restart-mysql');
    expect(solution.stderr).toContain('--solution "restart-mysql": expected one of kill-idle-connections, ""');
  });

  it('asks for an id when the title has no latin letters', async () => {
    const made = await fixpath('new', 'runbook', '--content', content, '--yes', '--title', 'ディスクが一杯', '--category', 'storage',
      '--severity', 'high', '--symptom', 's');
    expect(made.code).toBe(2);
    expect(made.stderr).toContain('--id is required');
  });
});
