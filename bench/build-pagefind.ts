/**
 * `node bench/build-pagefind.ts HTML_DIR OUT_DIR`: pagefind's index of the benchmark's HTML pages,
 * built as the site builds its own (one index, `forceLanguage: 'ja'`, astro.config.mjs), written
 * to OUT_DIR/pagefind/. Its own process, so bench/run.ts can time it and read its peak memory.
 */
import { readdir, readFile } from 'node:fs/promises';
import * as pagefind from 'pagefind';

/**
 * Wait until pagefind's own indexing process is gone and reaped (Linux: no child listed in
 * /proc), so its CPU time and memory count in this process's figures: /usr/bin/time reports
 * only the children a process waited for.
 */
async function childrenReaped(timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  const children = async () => {
    const tasks = await readdir(`/proc/${process.pid}/task`);
    const lists = await Promise.all(tasks.map((t) => readFile(`/proc/${process.pid}/task/${t}/children`, 'utf8').catch(() => '')));
    return lists.join(' ').trim();
  };
  while ((await children()) && Date.now() - started < timeoutMs) await new Promise((resolve) => setTimeout(resolve, 50));
}

const [html, out] = process.argv.slice(2);
if (!html || !out) throw new Error('usage: node bench/build-pagefind.ts HTML_DIR OUT_DIR');
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ja' });
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: html });
if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: `${out}/pagefind` });
if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
await childrenReaped();
console.log(`pagefind: ${added.page_count} pages`);
