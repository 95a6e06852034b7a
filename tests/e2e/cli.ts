/**
 * `fixpath search --json` run in-process against the index the built sample site serves, so a
 * test compares the page with the CLI on exactly the same data.
 */
import path from 'node:path';
import { main } from '../../src/cli/main.ts';
import { INDEX_DIR_NAME } from '../../src/node/search-index.ts';
import type { SearchHit } from '../../src/lib/search/types.ts';

const SITE_INDEX = path.resolve(import.meta.dirname, '.artifacts/dist-ja', INDEX_DIR_NAME);

export type CliResult = SearchHit & { incidents?: SearchHit[] };

export async function fixpathSearchJson(query: string, ...options: string[]): Promise<CliResult[]> {
  let stdout = '';
  let stderr = '';
  const code = await main(['search', '--json', '--index', SITE_INDEX, ...options, query], {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdin: (async function* () {})(),
  });
  if (code === 1 && !stdout) return [];
  if (code !== 0) throw new Error(`fixpath search exited ${code}: ${stderr}`);
  return (JSON.parse(stdout) as { results: CliResult[] }).results;
}
