/**
 * A quiet build: the sample content builds without a single warning, so a real one (a broken
 * link, a failed optimisation) is seen. global-setup.ts keeps each build's output beside its site.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const artifacts = path.resolve(import.meta.dirname, '.artifacts');

describe('npm run build on the sample content', () => {
  it.each(['dist-ja', 'dist-en'])('%s: prints no warning', (site) => {
    const log = readFileSync(path.join(artifacts, `${site}.build.log`), 'utf8');
    expect(log).toContain('Complete!');
    const warnings = log.split('\n').filter((line) => /\bwarn(ing)?\b|\[WARN\]/i.test(line));
    expect(warnings).toEqual([]);
  });
});
