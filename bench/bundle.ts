/**
 * The benchmark page of one engine: bench/page/harness.ts with that engine's adapter
 * (bench/page/<engine>.ts), bundled by esbuild from the sources (as the site's build would
 * bundle src/client/), minified, into a directory served before the engine's site.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import type { Engine } from './builds.ts';

const pageDir = path.join(import.meta.dirname, 'page');

const HTML = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>bench</title></head>
<body><textarea rows="4" cols="80"></textarea><ol></ol><script type="module" src="/bench.js"></script></body></html>
`;

/** Writes bench.html and bench.js (and what the adapter's own entries need) into `out`. */
export async function bundlePage(engine: Engine | 'none', out: string): Promise<void> {
  await mkdir(out, { recursive: true });
  await writeFile(path.join(out, 'bench.html'), HTML);
  await build({
    stdin: { contents: `import * as adapter from './${engine}.ts';\nimport { start } from './harness.ts';\nstart(adapter);\n`, resolveDir: pageDir, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    outfile: path.join(out, 'bench.js'),
    logLevel: 'warning',
  });
}
