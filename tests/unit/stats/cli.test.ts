import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { computeStats } from '../../../src/lib/stats/compute.ts';
import { loadContent } from '../../../src/node/content.ts';

const FIXTURE = 'tests/fixtures/stats/content';

async function cli(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), stdin: (async function* () {})() });
  return { code, out, err };
}

describe('fixpath stats', () => {
  it('--json prints exactly computeStats for the content and --now', async () => {
    const { code, out } = await cli(['stats', '--json', '--content', FIXTURE, '--now', '2026-03-10']);
    expect(code).toBe(0);
    const { kb } = await loadContent(FIXTURE);
    // --now 2026-03-10 is local midnight in the fixture's Asia/Tokyo.
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(computeStats(kb, Date.UTC(2026, 2, 9, 15)))));
  });

  it('prints aligned tables for people', async () => {
    const { code, out } = await cli(['stats', '--content', FIXTURE, '--now', '2026-03-10T00:00']);
    expect(code).toBe(0);
    expect(out).toContain(
      [
        'Incidents per month',
        'month    critical  high  medium  low  total',
        '2025-01         0     0       0    1      1',
        '2026-01         1     0       0    0      1',
        '2026-02         0     2       1    0      3',
      ].join('\n'),
    );
    expect(out).toContain('Runbooks no incident has used: 1\n  web-502\n');
    expect(out).toContain('Action items (ages at 2026-03-10 00:00)');
  });

  it('refuses a --now it cannot read (usage, exit 2) and a missing content directory (exit 1)', async () => {
    const bad = await cli(['stats', '--content', FIXTURE, '--now', 'yesterday']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--now must be a date or date-time');
    const missing = await cli(['stats', '--content', 'tests/fixtures/stats/no-such-dir']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('cannot read the content directory');
  });
});
