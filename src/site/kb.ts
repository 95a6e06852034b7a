/**
 * The knowledge base for the build, parsed once and shared by every page. A knowledge base with
 * problems fails the build and lists them, as `fixpath validate` would.
 */
import path from 'node:path';
import type { KnowledgeBase } from '../lib/content/model.ts';
import { loadKnowledgeBase } from '../node/knowledge-base.ts';
import { resolveContentDir } from '../node/read-content.ts';

let cached: Promise<KnowledgeBase> | undefined;

/** The parsed knowledge base; throws (failing the build) when any file has an error. */
export function knowledgeBase(): Promise<KnowledgeBase> {
  cached ??= load();
  return cached;
}

async function load(): Promise<KnowledgeBase> {
  const dir = resolveContentDir();
  const { kb, problems } = await loadKnowledgeBase(dir);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) {
    const lines = errors.map((p) => `  ${p.file}:${p.line}:${p.column} ${p.field ? `${p.field}: ` : ''}${p.message}`);
    throw new Error(`fixpath: the content in ${dir} has ${errors.length} error(s):\n${lines.join('\n')}`);
  }
  return kb;
}

/** Where the content directory sits in the repository (`content`), for "edit this page" links. */
export function contentPathInRepo(): string {
  return path.relative(process.cwd(), resolveContentDir()).split(path.sep).join('/');
}
