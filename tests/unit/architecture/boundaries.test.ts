/**
 * src/lib is shared by the build, the CLI and the browser: it must not reach for Node, Astro, the
 * DOM, the process or the console. This fails when a file there does.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const LIB = fileURLToPath(new URL('../../../src/lib/', import.meta.url));

const FORBIDDEN: [string, RegExp][] = [
  ['a node: module', /\bfrom\s+['"]node:|import\(\s*['"]node:|require\(\s*['"]node:/],
  ['astro', /\bfrom\s+['"]astro(?:[:/][^'"]*)?['"]|import\(\s*['"]astro/],
  ['process', /\bprocess\./],
  ['console', /\bconsole\./],
  ['the DOM', /\b(?:document|window)\./],
];

/** Comments may name what the code must not do; only code counts. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const files = readdirSync(LIB, { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.(ts|tsx|js|mjs)$/.test(name))
  .map((name) => name.split(path.sep).join('/'));

describe('src/lib boundaries', () => {
  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)('src/lib/%s imports nothing outside the shared boundary', (name) => {
    const code = withoutComments(readFileSync(path.join(LIB, name), 'utf8'));
    const broken = FORBIDDEN.filter(([, pattern]) => pattern.test(code)).map(([what]) => what);
    expect(broken).toEqual([]);
  });

  it('catches a forbidden import when there is one', () => {
    const sample = "import { readFile } from 'node:fs';\nconsole.log(process.env.X);";
    const broken = FORBIDDEN.filter(([, pattern]) => pattern.test(withoutComments(sample))).map(([what]) => what);
    expect(broken).toEqual(['a node: module', 'process', 'console']);
  });
});
