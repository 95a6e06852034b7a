// The fixpath site: static pages from the content directory (FIXPATH_CONTENT_DIR, default
// `content/`), MDX bodies, and one pagefind index built after the pages.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

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
  integrations: [mdx(), pagefindIndex()],
});
