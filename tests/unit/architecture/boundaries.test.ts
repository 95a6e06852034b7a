/**
 * The architecture's boundaries (import-graph.ts), held over the whole import graph: a file in
 * src/lib that imports a harmless-looking helper which imports `fs` breaks the boundary as surely
 * as importing `fs` itself. The second part builds a small tree with one violation of each kind
 * and pins the exact messages, so the checker cannot quietly stop seeing one.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { boundaryViolations, sourceFiles } from './import-graph.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe('the boundaries of src/', () => {
  it('has files in each guarded folder', () => {
    const files = sourceFiles(path.join(ROOT, 'src')).map((f) => path.relative(ROOT, f));
    expect(files.filter((f) => f.startsWith('src/lib/')).length).toBeGreaterThan(50);
    expect(files.filter((f) => f.startsWith('src/client/')).length).toBeGreaterThan(5);
  });

  // Parsing every source file takes seconds on a busy machine: more than the default 5 s allows.
  it('holds: src/lib reaches no Node, Astro, DOM or src/node; src/client no Node; nothing imports a test', { timeout: 60_000 }, () => {
    expect(boundaryViolations(ROOT)).toEqual([]);
  });
});

describe('the boundary check', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'fixpath-boundaries-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };

  it('finds each kind of violation, through any number of imports, and names the chain', { timeout: 60_000 }, () => {
    write('src/lib/a.ts', "import { b } from './b.ts';\nexport const a = b;\n");
    write('src/lib/b.ts', "import { readFileSync } from 'fs';\nexport const b = readFileSync;\n");
    write('src/lib/prefixed.ts', "export const p = await import('node:path');\n");
    write('src/lib/astro.ts', "import { getCollection } from 'astro:content';\nexport const g = getCollection;\n");
    write('src/lib/uses-node.ts', "import { load } from '../node/load.ts';\nexport const l = load;\n");
    write('src/node/load.ts', "import { readFile } from 'node:fs/promises';\nexport const load = readFile;\n");
    write('src/lib/store.ts', "export const read = () => localStorage.getItem('x');\n");
    write('src/lib/doc.ts', "export const title = () => document.title;\n");
    write('src/lib/logs.ts', "export const log = (x: string) => console.log(x);\n");
    write('src/client/page.ts', "import { a } from '../lib/a.ts';\nexport const page = a;\n");
    write('src/client/node.ts', "import '../node/load.ts';\n");
    write('src/cli/x.ts', "import { fixture } from '../../tests/unit/fixture.ts';\nexport const x = fixture;\n");
    write('tests/unit/fixture.ts', 'export const fixture = 1;\n');
    // Not violations: a local named like a DOM global, a property, a type, a type-only import.
    write('src/lib/fine.ts', [
      "import type { load } from '../node/load.ts';",
      'export type Loader = typeof load;',
      'export const where = (location: string) => location;',
      'export const read = (o: { document: string }) => o.document;',
      'export type Tag = HTMLElement;',
      '',
    ].join('\n'));

    expect(boundaryViolations(root)).toEqual([
      'src reaches a test file: src/cli/x.ts → tests/unit/fixture.ts',
      'src/client reaches a Node built-in: src/client/node.ts → src/node/load.ts → node:fs/promises',
      'src/client reaches a Node built-in: src/client/page.ts → src/lib/a.ts → src/lib/b.ts → fs',
      'src/client reaches src/node: src/client/node.ts → src/node/load.ts',
      'src/lib reaches Astro: src/lib/astro.ts → astro:content',
      'src/lib reaches a DOM global: src/lib/doc.ts → document',
      'src/lib reaches a DOM global: src/lib/store.ts → localStorage',
      'src/lib reaches a Node built-in: src/lib/b.ts → fs',
      'src/lib reaches a Node built-in: src/lib/prefixed.ts → node:path',
      'src/lib reaches a Node built-in: src/lib/uses-node.ts → src/node/load.ts → node:fs/promises',
      'src/lib reaches a Node global: src/lib/logs.ts → console',
      'src/lib reaches src/node: src/lib/uses-node.ts → src/node/load.ts',
    ]);
  });
});
