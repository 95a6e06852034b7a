/**
 * The one loader: a content folder read and parsed once into the knowledge base, with every
 * problem found on the way (unreadable files, files out of place, schema and reference errors).
 * The validator, the search index, every CLI command and the site build take this object.
 */
import { appendFileSync } from 'node:fs';
import { ignoredFileProblems, unreadableProblems } from '../lib/content/file-problems.ts';
import { parseContent, type ParsedContent } from '../lib/content/load.ts';
import type { ContentFile } from '../lib/content/model.ts';
import { readContent, resolveContentDir } from './read-content.ts';

export interface LoadedContent extends ParsedContent {
  /** The content folder, absolute. */
  dir: string;
  /** Every file read, sorted by path. */
  files: ContentFile[];
  /** Files found but not readable (their problems say why). */
  unreadable: string[];
  /** Files found, including the unreadable ones (what `fixpath validate` counts). */
  fileCount: number;
}

/**
 * Read and parse the content folder. Throws ContentReadError only when the folder itself cannot
 * be read; an unreadable or misplaced file is a problem like any other.
 */
export async function loadContent(dir = resolveContentDir()): Promise<LoadedContent> {
  const read = await readContent(dir);
  logParses(read.files);
  const parsed = parseContent(read.files);
  return {
    ...parsed,
    problems: [...unreadableProblems(read.unreadable), ...ignoredFileProblems(read.ignored), ...parsed.problems],
    dir,
    files: read.files,
    unreadable: read.unreadable.map((u) => u.path),
    fileCount: read.files.length + read.unreadable.length,
  };
}

// On globalThis, not in a module variable: Astro loads astro.config.mjs, src/content.config.ts and
// the bundled pages as separate module graphs in one process, and all of them must share one parse.
const SHARED = Symbol.for('fixpath.sharedContent');
type SharedStore = Map<string, Promise<LoadedContent>>;

/** loadContent, once per folder and process: what the site build uses from its config, collections and pages. */
export function sharedContent(dir = resolveContentDir()): Promise<LoadedContent> {
  const store = ((globalThis as Record<symbol, SharedStore | undefined>)[SHARED] ??= new Map());
  let loading = store.get(dir);
  if (!loading) store.set(dir, (loading = loadContent(dir)));
  return loading;
}

/**
 * With FIXPATH_PARSE_LOG=<file>, each parse appends the paths it parses, one a line: how
 * docs/architecture.md shows that a site build parses every entry once.
 */
function logParses(files: readonly ContentFile[]): void {
  const log = process.env.FIXPATH_PARSE_LOG;
  if (log) appendFileSync(log, files.map((f) => `${f.path}\n`).join(''));
}
