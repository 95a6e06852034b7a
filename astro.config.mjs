// The fixpath site: static pages from the content directory (FIXPATH_CONTENT_DIR, default
// `content/`), MDX bodies, and one pagefind index built after the pages.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { satteri } from '@astrojs/markdown-satteri';
import { glossaryLinksPlugin } from './src/lib/glossary/link-terms.ts';
import { readGlossaryTerms } from './src/node/glossary.ts';
import { resolveContentDir } from './src/node/read-content.ts';

/**
 * Index the built pages with pagefind. `forceLanguage: 'ja'` makes ONE index that pages of either
 * language load (Japanese is segmented, English words still match); separate per-lang indexes
 * would hide Japanese entries from an English page. Pagefind reports errors instead of throwing,
 * so we throw: a site without its index must not pass the build.
 */
const pagefindIndex = () => ({
  name: 'fixpath-pagefind',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const site = fileURLToPath(dir);
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ja' });
      if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
      const added = await index.addDirectory({ path: site });
      if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
      const written = await index.writeFiles({ outputPath: `${site}pagefind` });
      if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
      await pagefind.close();
      logger.info(`pagefind indexed ${added.page_count} pages`);
    },
  },
});

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  // The first use of each glossary term in an entry body links to the glossary. MDX is compiled by
  // Sätteri (Astro 7's default processor), which ignores rehypePlugins: the step is a hast plugin.
  integrations: [
    mdx({ processor: satteri({ hastPlugins: [glossaryLinksPlugin(await readGlossaryTerms(resolveContentDir()))] }) }),
    pagefindIndex(),
  ],
});
