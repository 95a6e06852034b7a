/**
 * The knowledge base for the build: the one parse (src/node/content.ts#sharedContent) that
 * astro.config.mjs and the collections also use, shared by every page. Content with errors fails
 * the build and lists them, as `fixpath validate` would.
 */
import path from 'node:path';
import type { KnowledgeBase } from '../lib/content/model.ts';
import { sharedContent } from '../node/content.ts';
import { resolveContentDir } from '../node/read-content.ts';

/** The parsed knowledge base; throws (failing the build) when any file has an error. */
export async function knowledgeBase(): Promise<KnowledgeBase> {
  const { dir, kb, problems } = await sharedContent();
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
