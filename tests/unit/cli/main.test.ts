import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
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

  it('index: an --out that is a file or under a file is one line, exit 1, nothing changed', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'fixpath-index-'));
    const args = ['--content', 'tests/fixtures/validate/valid/content'];
    const file = path.join(dir, 'file');
    await writeFile(file, 'x');
    const atFile = await fixpath('index', '--out', file, ...args);
    expect(atFile.code).toBe(1);
    expect(atFile.stderr).toBe(`fixpath index: cannot write ${file}: it is a file, not a directory; nothing was changed\n`);
    const underFile = await fixpath('index', '--out', path.join(file, 'fixpath-index'), ...args);
    expect(underFile.stderr).toBe(`fixpath index: cannot write ${file}/fixpath-index: a part of the path is not a directory; nothing was changed\n`);
    expect(await readFile(file, 'utf8')).toBe('x');
  });

  it('index: exits 1 when content errors leave entries out (the index is still written)', async () => {
    const out = path.join(await mkdtemp(path.join(tmpdir(), 'fixpath-index-')), 'fixpath-index');
    const { code, stderr } = await fixpath('index', '--out', out, '--content', 'tests/fixtures/validate/missing-field/content');
    expect(code).toBe(1);
    expect(stderr).toBe('fixpath index: 2 content error(s) left entries out of the index; run "fixpath validate"\n');
    expect(JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')).version).toBeGreaterThan(0);
  });

  it('search --index: a missing or truncated index file is one line, exit 1', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'fixpath-search-'));
    const missing = await fixpath('search', '--index', path.join(dir, 'none'), 'disk');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`fixpath search: cannot read the index ${path.join(dir, 'none')}: it does not exist\n`);
    const out = path.join(dir, 'fixpath-index');
    await fixpath('index', '--out', out, '--content', 'tests/fixtures/validate/valid/content');
    const manifest = path.join(out, 'manifest.json');
    await writeFile(manifest, (await readFile(manifest, 'utf8')).slice(0, 200));
    const truncated = await fixpath('search', '--index', out, 'disk');
    expect(truncated.code).toBe(1);
    expect(truncated.stderr).toBe(
      `fixpath search: ${out} is not a usable fixpath search index: its manifest.json is not complete JSON (truncated or damaged); rebuild it with "fixpath index"\n`,
    );
  });
});
