/**
 * Node adapter for the search index: build it from a content directory, write its sharded files
 * (src/lib/search/shards/) where the site serves them, and open them for `fixpath search`.
 * `fixpath index` writes into public/ (the dev server and the next build serve it), the site
 * build into its output directory; `fixpath search` uses whichever was built from the current
 * content by the current engine, else builds in memory.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ContentFile } from '../lib/content/model.ts';
import type { Lang } from '../lib/content/schema.ts';
import { ENGINE_VERSION } from '../lib/search/engine-version.ts';
import { searchPool, type WithRunbooks } from '../lib/search/present.ts';
import type { SearchOptions } from '../lib/search/search.ts';
import { loadIndex } from '../lib/search/serialize.ts';
import { checkManifest, MANIFEST, type Manifest } from '../lib/search/shards/format.ts';
import { ShardedIndex } from '../lib/search/shards/read.ts';
import { shardIndex, type ShardedFiles } from '../lib/search/shards/write.ts';
import type { SearchHit, StoredIndex } from '../lib/search/types.ts';
import { loadContent, type LoadedContent } from './content.ts';
import { displayPath, fileErrorReason, IndexReadError } from './fs-errors.ts';
import { WriteError, writeFileAtomic } from './write-atomic.ts';

/** The index directory under the site's root: served at /fixpath-index/. */
export const INDEX_DIR_NAME = 'fixpath-index';
/** Where `fixpath index` writes by default. */
export const DEFAULT_INDEX_DIR = `public/${INDEX_DIR_NAME}`;
/** Where `fixpath search` looks, in order: what `fixpath index` wrote, then the last site build's. */
export const INDEX_DIRS = [DEFAULT_INDEX_DIR, `dist/${INDEX_DIR_NAME}`];

/** SHA-256 over every content file's path and text (files come sorted by path). */
export function contentHash(files: readonly ContentFile[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file.path}\0${file.text}\0`);
  return hash.digest('hex');
}

async function indexOfFiles(loaded: LoadedContent) {
  // Loaded only here: the MDX parser behind it is a third of `fixpath search`'s start-up.
  const { buildIndex } = await import('../lib/search/index-build.ts');
  const { kb, problems } = loaded;
  const content = contentHash(loaded.files);
  const stored: StoredIndex = { ...buildIndex(kb), content };
  return { stored, problems, lang: kb.config.lang, kb, content };
}

/** The stored index of loaded content (the build passes its one parse), with its problems, language and hash. */
export const buildIndexOfContent = indexOfFiles;

/** The stored index of a content directory, with the content's problems, its language and hash. */
export async function buildIndexFromContent(dir: string) {
  return indexOfFiles(await loadContent(dir));
}

/** The sharded files of a stored index, keyed by its content and this engine. */
export function shardStored(stored: StoredIndex): ShardedFiles {
  return shardIndex(stored, { engine: ENGINE_VERSION, content: stored.content ?? '' });
}

/**
 * Write sharded files into `dir` so that a reader never sees a mix: the content-named files
 * first (new names, or the same bytes under an existing name), the entries in a temporary
 * directory renamed into place, then the manifest by rename, and only then the files the new
 * manifest no longer names are removed. Killed at any point, `dir` serves the previous index or
 * the new one, whole. Returns the total size, raw and gzipped.
 */
export async function writeIndexDir(dir: string, { manifest, files }: ShardedFiles): Promise<{ files: number; raw: number; gzip: number }> {
  if ((await stat(dir).catch(() => undefined))?.isFile()) throw new WriteError(dir, 'it is a file, not a directory');
  // mkdir says EEXIST when a part of the path is a file: that is not "the target exists".
  await mkdir(dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new WriteError(dir, error.code === 'EEXIST' ? Object.assign(error, { code: 'ENOTDIR' }) : error);
  });
  const exists = (p: string) => stat(p).then(() => true, () => false);
  let raw = 0;
  let gzip = 0;
  const entriesTemp = path.join(dir, `.${manifest.entries}.${randomBytes(6).toString('hex')}.tmp`);
  const entriesReady = await exists(path.join(dir, manifest.entries));
  try {
    if (!entriesReady) await mkdir(entriesTemp);
    for (const [name, text] of files) {
      raw += Buffer.byteLength(text);
      gzip += gzipSync(text).length;
      if (name === MANIFEST) continue;
      if (name.startsWith(`${manifest.entries}/`)) {
        if (entriesReady) continue;
        const file = path.join(entriesTemp, name.slice(manifest.entries.length + 1));
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, text);
      } else if (!(await exists(path.join(dir, name)))) {
        await writeFileAtomic(path.join(dir, name), text);
      }
    }
    if (!entriesReady) await rename(entriesTemp, path.join(dir, manifest.entries));
  } catch (error) {
    await rm(entriesTemp, { recursive: true, force: true });
    throw error;
  }
  await writeFileAtomic(path.join(dir, MANIFEST), files.get(MANIFEST)!);
  const named = new Set([MANIFEST, manifest.entries, ...[...files.keys()].filter((name) => !name.includes('/'))]);
  for (const name of await readdir(dir)) if (!named.has(name)) await rm(path.join(dir, name), { recursive: true, force: true });
  return { files: files.size, raw, gzip };
}

/** Reads files of an index directory as JSON. */
const directoryReader = (dir: string) => async (name: string) => JSON.parse(await readFile(path.join(dir, name), 'utf8')) as unknown;

/** Open the index in `dir`; IndexReadError (one line, what to do) when it is missing, damaged or of another version. */
export async function openIndexDir(dir: string): Promise<ShardedIndex> {
  const shown = displayPath(dir);
  let text;
  try {
    text = await readFile(path.join(dir, MANIFEST), 'utf8');
  } catch (error) {
    const found = await stat(dir).then(() => true, () => false);
    throw new IndexReadError(`cannot read the index ${shown}: ${found ? `${MANIFEST}: ` : ''}${fileErrorReason(error)}`);
  }
  let manifest: Manifest;
  try {
    manifest = checkManifest(JSON.parse(text), 'fixpath index');
  } catch (error) {
    // A truncated manifest is a JSON syntax error; an old index is checkManifest's own "rebuild it" message.
    const reason = error instanceof SyntaxError ? `its ${MANIFEST} is not complete JSON (truncated or damaged)` : (error as Error).message.replace(/^fixpath index: |; rebuild it with "fixpath index"$/g, '');
    throw new IndexReadError(`${shown} is not a usable fixpath search index: ${reason}; rebuild it with "fixpath index"`);
  }
  const read = directoryReader(dir);
  return ShardedIndex.open(async (name) => (name === MANIFEST ? manifest : read(name)));
}

/** The manifest in `dir` when it was built from content with this hash by this engine. */
async function freshManifest(dir: string, content: string): Promise<Manifest | undefined> {
  try {
    const manifest = checkManifest(JSON.parse(await readFile(path.join(dir, MANIFEST), 'utf8')), 'fixpath index');
    return manifest.content === content && manifest.engine === ENGINE_VERSION ? manifest : undefined;
  } catch {
    return undefined; // missing, damaged, or of another version: look further, or build
  }
}

/** A hit as the CLI gets it: with the runbooks folding needs, without the facets the page filters by. */
export type PooledHit = SearchHit & WithRunbooks;
export type Searcher = (query: string, options?: SearchOptions) => Promise<PooledHit[]>;

/** The hits of a sharded index, without the facets. */
export function shardedSearcher(index: ShardedIndex): Searcher {
  return async (query, options) => (await index.search(query, options)).map(({ facets: _, ...hit }) => hit);
}

/**
 * A searcher over a content directory: the first of `dirs` whose index was built from exactly
 * these files by this engine, else an index built in memory. Reading every file to hash it costs
 * milliseconds; parsing the MDX bodies is what takes seconds.
 */
export async function searchIndexOfContent(
  contentDir: string,
  dirs: readonly string[] = INDEX_DIRS,
): Promise<{ search: Searcher; lang: Lang; from: string }> {
  const loaded = await loadContent(contentDir);
  const hash = contentHash(loaded.files);
  for (const dir of dirs) {
    if (!(await freshManifest(dir, hash))) continue;
    return { search: shardedSearcher(await openIndexDir(dir)), lang: loaded.kb.config.lang, from: dir };
  }
  const { stored, lang } = await indexOfFiles(loaded);
  const index = loadIndex(stored);
  return { search: async (query, options) => searchPool(index, query, options).map(({ facets: _, ...hit }) => hit), lang, from: 'content' };
}
