/**
 * Astro collections for the MDX entries, so pages can render their bodies with `render(entry)`.
 * Frontmatter is checked with the same schemas as the validator (src/lib/content/schema.ts); the
 * page data itself comes from the parsed knowledge base (src/site/kb.ts), which keeps date-time
 * offsets that Astro's YAML 1.1 parser would turn into UTC.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { idOf } from './lib/content/load.ts';
import { incidentSchema, runbookSchema } from './lib/content/schema.ts';
import { resolveContentDir } from './node/read-content.ts';

const root = resolveContentDir();

/**
 * A glob loader whose ids are file names without extension. Astro silently keeps only the last of
 * two files with the same id, so a duplicate fails the build here, naming both files.
 */
function entriesIn(folder: 'runbooks' | 'incidents') {
  const seen = new Map<string, string>();
  return glob({
    pattern: '**/*.{md,mdx}',
    base: path.join(root, folder),
    generateId: ({ entry }) => {
      const id = idOf(entry);
      const previous = seen.get(id);
      if (previous && previous !== entry) {
        throw new Error(`duplicate ${folder} id "${id}": ${folder}/${previous} and ${folder}/${entry}`);
      }
      seen.set(id, entry);
      return id;
    },
  });
}

export const collections = {
  runbooks: defineCollection({ loader: entriesIn('runbooks'), schema: runbookSchema }),
  incidents: defineCollection({ loader: entriesIn('incidents'), schema: incidentSchema }),
};
