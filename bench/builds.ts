/**
 * Each engine's index of one corpus, built in a child process under `/usr/bin/time -v` (wall and
 * CPU time, peak RSS of the process and the processes it waited for: pagefind indexes in its own
 * binary), into a directory served as the engine's site by bench/browser.ts:
 * - fixpath: `fixpath index` run from the site directory, so it writes where the site serves it
 *   (public/) and where `fixpath search` run there finds it;
 * - pagefind: its Node API over the HTML pages (bench/build-pagefind.ts), into pagefind/;
 * - minisearch: bench/build-minisearch.ts, into minisearch.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Corpus } from './corpus.ts';

export const ENGINES = ['pagefind', 'fixpath', 'minisearch'] as const;
export type Engine = (typeof ENGINES)[number];
export const BASELINE: Engine = 'pagefind';

const repo = path.resolve(import.meta.dirname, '..');
/** The project's Node 22 (runs .ts), without npx's start-up. */
export const NODE = path.join(repo, 'node_modules/node/bin/node');
export const FIXPATH_BIN = path.join(repo, 'bin/fixpath.ts');

/** Where an engine's site (its index files, served at /) is. */
export function siteDir(corpus: Corpus, engine: Engine): string {
  return path.join(corpus.dir, `site-${engine}`, engine === 'fixpath' ? 'public' : '');
}

function command(corpus: Corpus, engine: Engine): { args: string[]; cwd: string } {
  const site = path.join(corpus.dir, `site-${engine}`);
  if (engine === 'fixpath') return { args: [FIXPATH_BIN, 'index', '--content', corpus.content], cwd: site };
  if (engine === 'pagefind') return { args: [path.join(repo, 'bench/build-pagefind.ts'), corpus.html, site], cwd: site };
  return { args: [path.join(repo, 'bench/build-minisearch.ts'), corpus.docs, path.join(site, 'minisearch.json')], cwd: site };
}

export interface Usage {
  wallS: number;
  cpuS: number;
  peakMb: number;
}

/** Run NODE with `args` under /usr/bin/time -v; throws with its output when it fails. */
export function timed(args: string[], cwd: string, input?: string): Usage & { stdout: string } {
  const run = spawnSync('/usr/bin/time', ['-v', NODE, ...args], { cwd, encoding: 'utf8', input, maxBuffer: 256 * 1024 * 1024 });
  const field = (name: string) => run.stderr.match(new RegExp(`${name}: (.+)`))?.[1]?.trim();
  if (run.status !== 0 || !field('Maximum resident set size \\(kbytes\\)')) {
    throw new Error(`bench: ${args.map((a) => path.basename(a)).join(' ')} failed (exit ${run.status}):\n${run.stdout}\n${run.stderr.slice(-4000)}`);
  }
  const [h, m, sec] = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)')!.split(':').map(Number).reverse().concat([0, 0]).slice(0, 3).reverse();
  return {
    stdout: run.stdout,
    wallS: (h ?? 0) * 3600 + (m ?? 0) * 60 + (sec ?? 0),
    cpuS: Number(field('User time \\(seconds\\)')) + Number(field('System time \\(seconds\\)')),
    peakMb: Number(field('Maximum resident set size \\(kbytes\\)')) / 1024,
  };
}

/** What a reader's browser may download: pagefind's UI bundles are not part of searching. */
const NOT_INDEX = /^pagefind\/pagefind-(?:component-|modular-)?(?:ui|highlight)\b/;

export interface Size {
  files: number;
  raw: number;
  /** Each file gzipped on its own, as a CDN serves it (pagefind's index files are gzip already). */
  gzip: number;
}

export async function indexSize(dir: string): Promise<Size> {
  const size = { files: 0, raw: 0, gzip: 0 };
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (NOT_INDEX.test(path.relative(dir, file))) continue;
    const bytes = await readFile(file);
    size.files++;
    size.raw += bytes.length;
    size.gzip += isGzip(bytes) ? bytes.length : gzipSync(bytes).length;
  }
  return size;
}

export const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

export interface Built extends Usage, Size {
  engine: Engine;
  /** engineCode() when it was built. */
  code: string;
}

const git = (...args: string[]) => spawnSync('git', args, { cwd: repo, encoding: 'utf8' }).stdout.trim();

/** HEAD, short, with "+" for uncommitted changes: what a measurement was taken on. */
export function headCommit(): string {
  return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') ? '+' : ''}`;
}

/** The engine code's version: the committed src/ and bin/ trees, "+" when either has changes. */
function engineCode(): string {
  return `${git('rev-parse', 'HEAD:src', 'HEAD:bin').replace(/\s+/g, ' ')}${git('status', '--porcelain', '--', 'src', 'bin') ? '+' : ''}`;
}

/** Build `engine`'s index of `corpus` from scratch and measure it. */
export async function build(corpus: Corpus, engine: Engine): Promise<Built> {
  const { args, cwd } = command(corpus, engine);
  await rm(cwd, { recursive: true, force: true });
  await mkdir(cwd, { recursive: true });
  const usage = timed(args, cwd);
  const built = { engine, code: engineCode(), ...usage, ...(await indexSize(siteDir(corpus, engine))) };
  await writeFile(path.join(cwd, 'built.json'), JSON.stringify(built));
  return built;
}

/** The site of `engine`, built unless a previous run left it complete and built by this engine code. */
export async function ensureBuilt(corpus: Corpus, engine: Engine): Promise<string> {
  const marker = path.join(corpus.dir, `site-${engine}`, 'built.json');
  const previous = existsSync(marker) ? (JSON.parse(await readFile(marker, 'utf8')) as Built) : undefined;
  if (previous?.code !== engineCode() || previous.code.endsWith('+')) await build(corpus, engine);
  return siteDir(corpus, engine);
}
