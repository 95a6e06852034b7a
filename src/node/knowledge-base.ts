/** Read and parse the knowledge base under a content directory (the CLI's and the site's entry point). */
import { parseKnowledgeBase } from '../lib/content/load.ts';
import { readContentDir, resolveContentDir } from './read-content.ts';

export async function loadKnowledgeBase(dir = resolveContentDir()) {
  return parseKnowledgeBase(await readContentDir(dir));
}
