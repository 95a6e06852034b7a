/** `fixpath validate` as a user runs it: the lines it prints, its JSON, and its exit codes. */
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { fixtureDir } from './fixtures.ts';

async function validate(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['validate', ...args], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stdin: (async function* () {})(),
  });
  return { code, stdout, stderr, lines: stdout.split('\n').filter(Boolean) };
}

/** The content directory as the CLI shows it: relative to the cwd. */
const shown = (scenario: string) => path.relative(process.cwd(), fixtureDir(scenario)).split(path.sep).join('/');

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('fixpath validate', () => {
  it('prints path:line:column field: message for each problem, a summary, and exits 1 on errors', async () => {
    const { code, lines, stderr } = await validate('--content', fixtureDir('dangling-category'));
    const file = `${shown('dangling-category')}/runbooks/database/too-many-connections.mdx`;
    expect(lines).toEqual([
      `${file}:3:11 category: unknown category "database/conections"; did you mean "database/connections"?`,
      `${file}:13:9 warning: solutions[0].id: no incident has tried solution "kill-idle-connections" yet, so its success rate is unknown`,
      '1 error, 1 warning in 2 files',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });

  it('passes a valid knowledge base with exit 0', async () => {
    const { code, lines } = await validate('--content', fixtureDir('valid'));
    expect(lines).toEqual(['0 errors, 0 warnings in 6 files']);
    expect(code).toBe(0);
  });

  it('exits 0 when there are only warnings, and marks them', async () => {
    const { code, lines } = await validate('--content', fixtureDir('warnings'));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(0, -1).every((line) => / warning: /.test(line))).toBe(true);
    expect(lines.at(-1)).toMatch(/^0 errors, [1-9]\d* warnings in 5 files$/);
    expect(code).toBe(0);
  });

  it('prints one JSON object with the problems for --json', async () => {
    const { code, stdout } = await validate('--content', fixtureDir('missing-field'), '--json');
    const file = `${shown('missing-field')}/runbooks/database/too-many-connections.mdx`;
    expect(JSON.parse(stdout)).toEqual({
      problems: [
        { file, line: 2, column: 1, field: 'severity', severity: 'error', message: 'required field is missing' },
        { file, line: 12, column: 5, field: 'solutions[0].kind', severity: 'error', message: 'required field is missing' },
      ],
      errors: 2,
      warnings: 0,
      files: 2,
    });
    expect(code).toBe(1);
  });

  it('reads FIXPATH_CONTENT_DIR when --content is not given', async () => {
    vi.stubEnv('FIXPATH_CONTENT_DIR', fixtureDir('bad-id'));
    const { code, lines } = await validate();
    expect(lines[0]).toBe(
      `${shown('bad-id')}/runbooks/database/Too_Many_Connections.mdx:1:1 the file name "Too_Many_Connections" is not a valid id: use lowercase letters, digits and single hyphens (e.g. "disk-full")`,
    );
    expect(code).toBe(1);
  });

  it('warns about content files outside the layout, which the site would leave out', async () => {
    const { code, lines } = await validate('--content', fixtureDir('misplaced-files'));
    const layout = 'content files are runbooks/**/<id>.mdx, incidents/**/<id>.mdx, paths/<id>.yaml, categories.yaml, glossary.yaml and fixpath.config.yaml';
    expect(lines).toEqual([
      `${shown('misplaced-files')}/glossary.yml:1:1 warning: fixpath does not read this file; ${layout}`,
      `${shown('misplaced-files')}/runbook/too-many-connections.mdx:1:1 warning: fixpath does not read this file; ${layout}`,
      '0 errors, 2 warnings in 1 file',
    ]);
    expect(code).toBe(0);
  });

  it('reports an unreadable file as an error, not a crash', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'fixpath-validate-'));
    try {
      await cp(fixtureDir('valid'), dir, { recursive: true });
      // A link is refused by name, by the validator as by the build (which runs the validator first).
      await rm(path.join(dir, 'glossary.yaml'));
      await symlink(path.join(dir, 'nowhere.yaml'), path.join(dir, 'glossary.yaml'));
      const { code, stdout } = await validate('--content', dir, '--json');
      const { problems } = JSON.parse(stdout) as { problems: { file: string; message: string }[] };
      expect(problems.map((p) => [path.basename(p.file), p.message])).toEqual([
        ['glossary.yaml', 'cannot read this file: it is a symbolic link, which fixpath does not follow: copy the file or folder into the content directory instead'],
      ]);
      expect(code).toBe(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('says cleanly that the content directory is missing', async () => {
    const { code, stdout, stderr } = await validate('--content', 'no/such/dir');
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'fixpath validate: cannot read the content directory "no/such/dir": it does not exist (choose another with --content DIR or FIXPATH_CONTENT_DIR)\n',
    );
    expect(code).toBe(1);
  });

  it('exits 2 on a usage error', async () => {
    const { code, stderr } = await validate('--stritc');
    expect(stderr).toMatch(/^fixpath validate: Unknown option '--stritc'/);
    expect(code).toBe(2);
  });
});
