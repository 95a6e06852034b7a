/**
 * Child process of index-cache.test.ts: writes the sharded files saved in argv[2] (JSON of
 * [path, text] pairs) into the index directory argv[3], to be killed half-way.
 */
import { readFile } from 'node:fs/promises';
import { writeIndexDir } from '../../../src/node/search-index.ts';
import type { Manifest } from '../../../src/lib/search/shards/format.ts';

const [saved = '', dir = ''] = process.argv.slice(2);
const files = new Map<string, string>(JSON.parse(await readFile(saved, 'utf8')));
await writeIndexDir(dir, { manifest: JSON.parse(files.get('manifest.json')!) as Manifest, files });
