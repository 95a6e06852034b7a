import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { search } from '../../../src/lib/search/search.ts';
import { loadContent, type LoadedContent } from '../../../src/node/content.ts';
import { buildStoredIndex, searchIndexOfContent, writeIndexFile } from '../../../src/node/search-index.ts';
import { FIXTURE_CONTENT } from './fixture.ts';

const QUERY = 'ERROR 1040 (HY000): Too many connections';
let dir: string;
let file: string;
let content: LoadedContent;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fixpath-index-'));
  file = path.join(dir, 'fixpath-index.json');
  content = await loadContent(FIXTURE_CONTENT);
  await writeIndexFile(file, await buildStoredIndex(content));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the index fixpath search uses', () => {
  it('is the written one while the content is unchanged, and ranks as a fresh build does', async () => {
    const cached = await searchIndexOfContent(content, file);
    const built = await searchIndexOfContent(content, path.join(dir, 'missing.json'));
    expect([cached.from, built.from]).toEqual(['file', 'content']);
    expect(cached.lang).toBe(built.lang);
    expect(search(cached.index, QUERY)).toEqual(search(built.index, QUERY));
  });

  it('is built from the content when the written one is of other content or unreadable', async () => {
    const stale = path.join(dir, 'stale.json');
    const json = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(stale, JSON.stringify({ ...json, content: '0'.repeat(64) }));
    expect((await searchIndexOfContent(content, stale)).from).toBe('content');
    await writeFile(stale, JSON.stringify({ ...json, version: 1 }));
    expect((await searchIndexOfContent(content, stale)).from).toBe('content');
    await writeFile(stale, '{"trunc');
    expect((await searchIndexOfContent(content, stale)).from).toBe('content');
  });
});
