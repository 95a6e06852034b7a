/**
 * Whatever a pull request holds, the validator and the build's reading step answer with problems,
 * never with a crash or a stack trace: random frontmatter (hostile YAML pieces, deep nesting,
 * numbers where text goes, impossible dates) and random bodies (MDX code, markup, braces).
 */
import fc from 'fast-check';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContent } from '../../../src/lib/content/load.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { contentErrorLines } from '../../../src/node/build-check.ts';

const frontmatter = fc
  .array(
    fc.oneof(
      fc.constantFrom('title: ', 'symptoms:\n  - ', 'causes:\n  - id: x\n    title: ', 'started: ', 'aliases: [', ']', '\n', '  ', '- ', '"', '{', '}', '[', '&a ', '*a', '!!js/function ', '__proto__: ', '\uFEFF', '\u001b[2J'),
      fc.constantFrom('2026-02-30T10:05', '2026-13-01', '10:61', '+25:00', '429', 'true', '1e999', '0x1F', '[[[[[[[[', '~'),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

const body = fc
  .array(
    fc.oneof(
      fc.constantFrom('import x from "y"\n', 'export const a = 1\n', '{', '}', '{1+1}', '<script>', '</script>', '<img onerror="x()" />', '<a href="javascript:x()">', '[x](data:text/html,1)', '> ', '- ', '```\n', '`', '<', '>', '\n', '<Div>', '</Div>', '&#106;'),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at |Maximum call stack|TypeError|undefined is not/);

describe('the validator and the build step on random content', () => {
  it('never throw, and every message is a sentence without a stack trace', async () => {
    await fc.assert(
      fc.asyncProperty(frontmatter, body, async (yaml, text) => {
        const problems = await validateContent(
          parseContent([
            { path: 'runbooks/db/x.mdx', text: `---\n${yaml}\n---\n${text}` },
            { path: 'glossary.yaml', text: yaml },
          ]),
          { now: new Date('2026-11-21T00:00:00Z') },
        );
        for (const problem of problems) {
          expect(problem.line).toBeGreaterThanOrEqual(1);
          noStack(problem.message);
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('the build check reads a content directory of random files the same way', async () => {
    await fc.assert(
      fc.asyncProperty(frontmatter, body, async (yaml, text) => {
        const dir = await mkdtemp(path.join(tmpdir(), 'fixpath-fuzz-'));
        await mkdir(path.join(dir, 'runbooks'));
        await writeFile(path.join(dir, 'runbooks', 'x.mdx'), `---\n${yaml}\n---\n${text}`);
        await writeFile(path.join(dir, 'categories.yaml'), yaml);
        for (const line of await contentErrorLines(dir)) noStack(line);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
