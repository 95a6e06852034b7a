import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST } from '../../../src/lib/search/shards/format.ts';
import { buildIndexFromContent, openIndexDir, searchIndexOfContent, shardStored, writeIndexDir } from '../../../src/node/search-index.ts';
import { FIXTURE_CONTENT } from './fixture.ts';

const QUERY = 'ERROR 1040 (HY000): Too many connections';
let root: string;
let dir: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'fixpath-index-'));
  dir = path.join(root, 'fixpath-index');
  await writeIndexDir(dir, shardStored((await buildIndexFromContent(FIXTURE_CONTENT)).stored));
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** A copy of the written index with its manifest changed. */
async function variant(name: string, change: (manifest: Record<string, unknown>) => unknown): Promise<string> {
  const copy = path.join(root, name);
  await rm(copy, { recursive: true, force: true });
  await mkdir(copy);
  for (const file of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (file.isDirectory()) continue;
    const rel = path.relative(dir, path.join(file.parentPath, file.name));
    await mkdir(path.dirname(path.join(copy, rel)), { recursive: true });
    await writeFile(path.join(copy, rel), await readFile(path.join(dir, rel)));
  }
  const manifest = JSON.parse(await readFile(path.join(dir, MANIFEST), 'utf8'));
  await writeFile(path.join(copy, MANIFEST), JSON.stringify(change(manifest) ?? manifest));
  return copy;
}

describe('the index fixpath search uses', () => {
  it('is the written one while content and engine are unchanged, and ranks as a fresh build does', async () => {
    const cached = await searchIndexOfContent(FIXTURE_CONTENT, [path.join(root, 'missing'), dir]);
    const built = await searchIndexOfContent(FIXTURE_CONTENT, [path.join(root, 'missing')]);
    expect([cached.from, built.from]).toEqual([dir, 'content']);
    expect(cached.lang).toBe(built.lang);
    expect(await cached.search(QUERY)).toEqual(await built.search(QUERY));
  });

  it('is built from the content when the written one is of other content, another engine, another version or damaged', async () => {
    const stale = [
      await variant('content', (m) => void (m.content = '0'.repeat(64))),
      await variant('engine', (m) => void (m.engine = 'an older engine')),
      await variant('version', (m) => void (m.version = 2)),
      await variant('damaged', () => '{"trunc'),
    ];
    for (const other of stale) expect((await searchIndexOfContent(FIXTURE_CONTENT, [other])).from).toBe('content');
  }, 60_000);

  it('refuses an index of another version with the command that rebuilds it', async () => {
    const old = await variant('old', (m) => void (m.version = 2));
    await expect(openIndexDir(old)).rejects.toThrow(`${old} is not a usable fixpath search index: unsupported index version 2 (this fixpath reads version 3); rebuild it with "fixpath index"`);
  });
});

describe('writing the index', () => {
  it('leaves the previous index whole when the writer is killed half-way', async () => {
    const target = await variant('atomic', () => undefined);
    const before = await readFile(path.join(target, MANIFEST), 'utf8');
    // Another index with many entries, so that writing them takes a while.
    const { stored } = await buildIndexFromContent(FIXTURE_CONTENT);
    const next = shardStored({ ...stored, content: 'new content', docs: { ...stored.docs, title: stored.docs.title.map((t) => `${t} (new)`) } });
    const entries = next.manifest.entries;
    for (let d = 0; d < 20_000; d++) next.files.set(`${entries}/${d}.json`, next.files.get(`${entries}/0.json`)!);
    const saved = path.join(root, 'next.json');
    await writeFile(saved, JSON.stringify([...next.files]));
    const child = spawn(process.execPath, [fileURLToPath(new URL('./write-index-child.ts', import.meta.url)), saved, target], { stdio: 'ignore' });
    let running = true;
    const exited = new Promise((resolve) => child.on('exit', resolve)).finally(() => (running = false));
    // Killed as soon as it has started writing the new entries.
    while (running && !(await readdir(target)).some((name) => name.startsWith(`.${entries}`))) await new Promise((r) => setTimeout(r, 2));
    expect(running).toBe(true);
    child.kill('SIGKILL');
    await exited;
    expect(await readFile(path.join(target, MANIFEST), 'utf8')).toBe(before);
    const hits = await (await openIndexDir(target)).search(QUERY);
    expect(hits[0]?.id).toBe('mysql-too-many-connections');
  }, 60_000);

  it('removes the files of the index it replaces', async () => {
    const target = await variant('replace', () => undefined);
    const { stored } = await buildIndexFromContent(FIXTURE_CONTENT);
    const next = shardStored({ ...stored, content: 'other content' });
    await writeIndexDir(target, next);
    expect((await readdir(target)).sort()).toEqual([...new Set([...next.files.keys()].map((name) => name.split('/')[0]!))].sort());
  });
});
