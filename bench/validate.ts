/**
 * `fixpath validate` on generated content: N runbooks (the bench corpus), and one runbook with a
 * body of several megabytes. Prints seconds per case; the budgets are 10,000 runbooks in
 * under 30 s and a 5 MB body in under 5 s. Not a test: timings on a shared machine are noise.
 *
 *   nice -n 10 node bench/validate.ts [--sizes 1000,10000] [--body-mb 5]
 */
import { cp, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { validateContentDir } from '../src/node/validate-dir.ts';
import { corpus } from './corpus.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' }, 'body-mb': { type: 'string', default: '5' } } });

async function timed(label: string, dir: string): Promise<void> {
  const start = performance.now();
  const { problems, fileCount } = await validateContentDir(dir);
  const seconds = (performance.now() - start) / 1000;
  const errors = problems.filter((p) => p.severity === 'error').length;
  console.log(`${label}: ${seconds.toFixed(1)} s (${fileCount} files, ${errors} errors, ${problems.length - errors} warnings)`);
}

for (const size of values.sizes.split(',').map(Number)) {
  const { content } = await corpus(size);
  await timed(`${size} runbooks`, content);
}

// One runbook of the smallest corpus, its body repeated to the size asked for.
const { content } = await corpus(Math.min(...values.sizes.split(',').map(Number)));
const dir = await mkdtemp(path.join(tmpdir(), 'fixpath-bench-body-'));
await cp(path.join(content, 'categories.yaml'), path.join(dir, 'categories.yaml'));
const folder = (await readdir(path.join(content, 'runbooks')))[0]!;
const file = (await readdir(path.join(content, 'runbooks', folder)))[0]!;
const text = await readFile(path.join(content, 'runbooks', folder, file), 'utf8');
const close = text.indexOf('\n---', 4) + 4;
const body = text.slice(close);
const target = Number(values['body-mb']) * 1024 * 1024;
await cp(path.join(content, 'runbooks', folder, file), path.join(dir, 'runbooks', folder, file));
await writeFile(path.join(dir, 'runbooks', folder, file), text.slice(0, close) + body.repeat(Math.ceil(target / body.length)));
await timed(`one runbook with a ${values['body-mb']} MB body`, dir);
