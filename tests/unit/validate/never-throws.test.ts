/** Whatever an author types, the loader answers with problems, never with a crash. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseKnowledgeBase } from '../../../src/lib/content/load.ts';

const PATHS = [
  'fixpath.config.yaml',
  'categories.yaml',
  'glossary.yaml',
  'paths/first-week.yaml',
  'runbooks/db/disk-full.mdx',
  'incidents/2026-03-02-outage.mdx',
];

/** Text built from the characters that matter to YAML and frontmatter, so the runs reach deep states. */
const yamlish = fc
  .array(
    fc.oneof(
      fc.constantFrom('---\n', '\n', ': ', '- ', '  ', '"', "'", '#', '[', ']', '{', '}', '&a', '*a', '!!str ', '|', '>', '?', '10:05', '2026-03-02T10:05'),
      fc.constantFrom('title', 'symptoms', 'causes', 'solutions', 'id', 'kind', 'steps', 'entry', 'timeline', 'at', 'started', 'resolved', 'timezone', 'children'),
      fc.string(),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('parseKnowledgeBase on arbitrary text', () => {
  it('never throws, and every problem has a position', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), fc.oneof(fc.string(), yamlish), (path, text) => {
        const { problems } = parseKnowledgeBase([{ path, text }]);
        for (const problem of problems) {
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 500 },
    );
  });
});
