/**
 * One benchmark corpus on disk, the same documents in each engine's input form: a fixpath content
 * directory (MDX runbooks, as `fixpath index` reads them), the HTML pages pagefind indexes, and
 * the documents MiniSearch indexes (JSON). Written once per size and generator version under
 * $FIXPATH_BENCH_DIR (default: the system temp directory) and reused by later runs.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mdxFile, toYaml } from '../src/lib/authoring/emit.ts';
import { runbookDocument } from '../tests/eval/baselines.ts';
import { generateKnowledgeBase } from './generate.ts';
import { runbookHtml } from './html.ts';

export interface Corpus {
  size: number;
  dir: string;
  /** fixpath content directory. */
  content: string;
  /** HTML site (one page per runbook) for pagefind. */
  html: string;
  /** MiniSearch's documents, one JSON array. */
  docs: string;
}

const here = import.meta.dirname;

/** A key that changes whenever the generator or a writer does: a stale corpus is never reused. */
async function version(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of ['generate.ts', 'html.ts', 'corpus.ts']) hash.update(await readFile(path.join(here, file)));
  return hash.digest('hex').slice(0, 12);
}

/** Write `files` (path → text) with at most `parallel` writes in flight. */
async function writeAll(files: Iterable<[string, string]>, parallel = 64): Promise<void> {
  const queue = [...files];
  const made = new Map<string, Promise<unknown>>();
  const worker = async () => {
    for (let next = queue.pop(); next; next = queue.pop()) {
      const dir = path.dirname(next[0]);
      if (!made.has(dir)) made.set(dir, mkdir(dir, { recursive: true }));
      await made.get(dir);
      await writeFile(next[0], next[1]);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

/** Where corpora and built sites live between runs. */
export const benchRoot = () => process.env.FIXPATH_BENCH_DIR ?? path.join(tmpdir(), 'fixpath-bench');

export async function corpus(size: number): Promise<Corpus> {
  const dir = path.join(benchRoot(), `${size}-${await version()}`);
  const result = { size, dir, content: path.join(dir, 'content'), html: path.join(dir, 'html'), docs: path.join(dir, 'docs.json') };
  if (existsSync(path.join(dir, 'done'))) return result;
  await rm(dir, { recursive: true, force: true });
  process.stderr.write(`bench: writing ${size} runbooks into ${dir}…\n`);
  const kb = generateKnowledgeBase(size);
  const categories = [...new Set(kb.runbooks.map((r) => r.data.category))];
  const tree = [...new Set(categories.map((c) => c.split('/')[0]!))].map((id) => ({
    id,
    title: id,
    children: categories.filter((c) => c.startsWith(`${id}/`)).map((c) => ({ id: c.split('/')[1]!, title: c.split('/')[1]! })),
  }));
  await writeAll([
    [path.join(result.content, 'fixpath.config.yaml'), toYaml({ title: 'fixpath bench', lang: 'ja', timezone: 'Asia/Tokyo' })],
    [path.join(result.content, 'categories.yaml'), toYaml(tree)],
    ...kb.runbooks.map((r): [string, string] => [path.join(result.content, 'runbooks', r.data.category.split('/')[0]!, `${r.id}.mdx`), mdxFile(r.data, r.body)]),
    ...kb.runbooks.map((r): [string, string] => [path.join(result.html, 'runbooks', r.id, 'index.html'), runbookHtml(r)]),
    [result.docs, JSON.stringify(kb.runbooks.map((r) => ({ ...runbookDocument(r), title: r.data.title })))],
  ]);
  await writeFile(path.join(dir, 'done'), '');
  return result;
}
