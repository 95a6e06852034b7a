/**
 * `node bench/build-pagefind.ts HTML_DIR OUT_DIR`: pagefind's index of the benchmark's HTML pages,
 * built as the site builds its own (one index, `forceLanguage: 'ja'`, astro.config.mjs), written
 * to OUT_DIR/pagefind/. Its own process, so bench/run.ts can time it and read its peak memory.
 */
import * as pagefind from 'pagefind';

const [html, out] = process.argv.slice(2);
if (!html || !out) throw new Error('usage: node bench/build-pagefind.ts HTML_DIR OUT_DIR');
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ja' });
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: html });
if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: `${out}/pagefind` });
if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
// close() ends pagefind's own indexing process; waiting lets Node reap it, so its CPU time and
// memory count in this process's figures (/usr/bin/time reports reaped children).
await new Promise((resolve) => setTimeout(resolve, 300));
console.log(`pagefind: ${added.page_count} pages`);
