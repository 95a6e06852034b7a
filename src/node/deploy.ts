/**
 * Node adapter: the deploy settings (`base`, `site`) for astro.config.mjs, read before the build
 * starts from `fixpath.config.yaml` through the one content loader, then the environment's
 * FIXPATH_BASE / FIXPATH_SITE. A config with errors gives the defaults here: the build's own
 * knowledge-base check (src/site/kb.ts) then fails with the positioned error.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseKnowledgeBase } from '../lib/content/load.ts';
import { deploySettings, type Deploy } from '../lib/site/deploy.ts';

const CONFIG = 'fixpath.config.yaml';

export async function readDeploy(contentDir: string, env: NodeJS.ProcessEnv = process.env): Promise<Deploy> {
  let text: string;
  try {
    text = await readFile(path.join(contentDir, CONFIG), 'utf8');
  } catch {
    text = '';
  }
  const { kb } = parseKnowledgeBase([{ path: CONFIG, text }]);
  return deploySettings(kb.config, env);
}
