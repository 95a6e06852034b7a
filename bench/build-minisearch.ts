/**
 * `node bench/build-minisearch.ts DOCS_JSON OUT_FILE`: MiniSearch's index of the benchmark's
 * documents (bench/corpus.ts) with the options the evaluation uses, stored as JSON with the
 * titles it shows. Its own process, so bench/run.ts can time it and read its peak memory.
 */
import { readFile, writeFile } from 'node:fs/promises';
import MiniSearch from 'minisearch';
import { miniSearchOptions, type RunbookDocument } from '../tests/eval/baselines.ts';

const [docs, out] = process.argv.slice(2);
if (!docs || !out) throw new Error('usage: node bench/build-minisearch.ts DOCS_JSON OUT_FILE');
const mini = new MiniSearch<RunbookDocument & { title: string }>({ ...miniSearchOptions, storeFields: ['title'] });
mini.addAll(JSON.parse(await readFile(docs, 'utf8')));
await writeFile(out, JSON.stringify(mini));
console.log(`minisearch: ${mini.documentCount} documents`);
