/** Files are written whole or not at all: the previous file survives every failure, even kill -9. */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDirAtomic, writeFileAtomic, WriteError } from '../../../src/node/write-atomic.ts';

const scratch = () => mkdtemp(path.join(tmpdir(), 'fixpath-write-'));
const writer = path.resolve(import.meta.dirname, '../../../src/node/write-atomic.ts');

describe('writeFileAtomic', () => {
  it('replaces a file and leaves no temporary file behind', async () => {
    const dir = await scratch();
    const file = path.join(dir, 'sub', 'index.json');
    await writeFileAtomic(file, 'one');
    await writeFileAtomic(file, 'two');
    expect(await readFile(file, 'utf8')).toBe('two');
    expect(await readdir(path.dirname(file))).toEqual(['index.json']);
  });

  it('keeps the previous file whole when the process is killed mid-write', async () => {
    const dir = await scratch();
    const file = path.join(dir, 'index.json');
    const previous = 'previous index';
    await writeFile(file, previous);
    // A child writes 64 MB over it and is killed with SIGKILL as soon as it starts.
    const child = spawn(
      process.execPath,
      ['--input-type=module', '-e', `import { writeFileAtomic } from ${JSON.stringify(writer)}; process.stdout.write('go'); await writeFileAtomic(${JSON.stringify(file)}, 'x'.repeat(64 << 20));`],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await Promise.race([new Promise((resolve) => child.stdout.once('data', resolve)), exited]);
    child.kill('SIGKILL');
    await exited;
    const after = await readFile(file, 'utf8');
    expect(after === previous || after.length === 64 << 20).toBe(true);
  });

  it('fails with a reason in words when the target is a directory, and removes its temporary file', async () => {
    const dir = await scratch();
    await mkdir(path.join(dir, 'out'));
    const error = await writeFileAtomic(path.join(dir, 'out'), 'data').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteError);
    expect((error as WriteError).reason).toBe('it is a directory');
    expect(await readdir(dir)).toEqual(['out']);
  });

  it('never overwrites in exclusive mode', async () => {
    const dir = await scratch();
    const file = path.join(dir, 'runbook.mdx');
    await writeFile(file, 'mine');
    const error = await writeFileAtomic(file, 'theirs', { exclusive: true }).catch((e: unknown) => e);
    expect((error as WriteError).code).toBe('EEXIST');
    expect(await readFile(file, 'utf8')).toBe('mine');
    expect(await readdir(dir)).toEqual(['runbook.mdx']);
  });
});

describe('writeDirAtomic', () => {
  it('swaps a whole directory: the new set replaces the old one, nothing stale stays', async () => {
    const dir = await scratch();
    const out = path.join(dir, 'shards');
    await writeDirAtomic(out, new Map([['a.json', '1'], ['old.json', '2']]));
    await writeDirAtomic(out, new Map([['a.json', '3'], ['deep/b.json', '4']]));
    expect((await readdir(out, { recursive: true })).sort()).toEqual(['a.json', 'deep', 'deep/b.json']);
    expect(await readFile(path.join(out, 'a.json'), 'utf8')).toBe('3');
    expect(await readdir(dir)).toEqual(['shards']);
  });

  it('leaves the old directory when the new set cannot be written', async () => {
    const dir = await scratch();
    const out = path.join(dir, 'shards');
    await writeDirAtomic(out, new Map([['a.json', '1']]));
    // A file name that is also a folder of another file cannot be written.
    const error = await writeDirAtomic(out, new Map([['x', '1'], ['x/y', '2']])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteError);
    expect(await readdir(out)).toEqual(['a.json']);
    expect(await readdir(dir)).toEqual(['shards']);
  });
});
