/**
 * Astro collections, used only to render MDX bodies (`render(entry)`): each entry carries its file
 * and no data. Frontmatter is parsed once, by the one loader (src/node/content.ts), whose result
 * the pages read through src/site/kb.ts; Astro's own glob loader would parse and check every
 * file a second time. Entries are the files that passed the loader's checks; a file with errors
 * fails the build in src/site/kb.ts with its positioned message.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MDX_COLLECTIONS } from './lib/content/layout.ts';
import { sharedContent } from './node/content.ts';

type MdxCollection = (typeof MDX_COLLECTIONS)[number];

/** The collection's entries from the shared parse, rendered by Astro's MDX integration on demand. */
function bodiesOf(collection: MdxCollection): Loader {
  return {
    name: `fixpath-${collection}`,
    load: async ({ store, config, generateDigest }) => {
      const { dir, kb, files } = await sharedContent();
      const text = new Map(files.map((f) => [f.path, f.text]));
      const root = fileURLToPath(config.root);
      store.clear();
      for (const entry of kb[collection]) {
        store.set({
          id: entry.id,
          data: {},
          // Relative to the project root, as Astro's glob loader records it.
          filePath: path.relative(root, path.join(dir, entry.file)).split(path.sep).join('/'),
          digest: generateDigest(text.get(entry.file) ?? ''),
          deferredRender: true,
        });
      }
    },
  };
}

export const collections = {
  runbooks: defineCollection({ loader: bodiesOf('runbooks') }),
  incidents: defineCollection({ loader: bodiesOf('incidents') }),
} satisfies Record<MdxCollection, unknown>;
