// The fixpath site: static pages from the content directory (FIXPATH_CONTENT_DIR, default
// `content/`), MDX bodies, the symptom search index and one pagefind index built after the pages.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { satteri } from '@astrojs/markdown-satteri';
import { glossaryLinksPlugin } from './src/lib/glossary/link-terms.ts';
import { readGlossaryTerms } from './src/node/glossary.ts';
import { contentCheck } from './src/node/build-check.ts';
import { contentSecurityPolicy } from './src/node/csp.ts';
import { readDeploy } from './src/node/deploy.ts';
import { resolveContentDir } from './src/node/read-content.ts';
import { serveFolder } from './src/node/serve-folder.ts';
import { buildIndexFromContent, writeIndexFile } from './src/node/search-index.ts';
import { serializeIndex } from './src/lib/search/serialize.ts';

const INDEX_FILE = 'fixpath-index.json';
// `base` and `site` from fixpath.config.yaml, or FIXPATH_BASE / FIXPATH_SITE (a CI deploy).
const deploy = await readDeploy(resolveContentDir());

/**
 * Index the built pages with pagefind. `forceLanguage: 'ja'` makes ONE index that pages of either
 * language load (Japanese is segmented, English words still match); separate per-lang indexes
 * would hide Japanese entries from an English page. Pagefind reports errors instead of throwing,
 * so we throw: a site without its index must not pass the build.
 */
const pagefindIndex = () => {
  let outDir; // the build's output folder, as Astro resolved it
  return {
    name: 'fixpath-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
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
      // `astro dev` writes no HTML to index: it serves the last build's index (`npm run build` once),
      // so full-text results show while writing, for the pages as they were built.
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(serveFolder(`${deploy.base}pagefind/`, fileURLToPath(new URL('pagefind/', outDir))));
      },
    },
  };
};

/**
 * The symptom search index (`fixpath index`) built from the same content as the pages, so a build
 * with FIXPATH_CONTENT_DIR never serves another content's index: written into the output after
 * the build, and served from memory by `astro dev` (rebuilt on each request: content edits show).
 */
const searchIndex = () => ({
  name: 'fixpath-search-index',
  hooks: {
    'astro:server:setup': ({ server }) => {
      server.middlewares.use(async (req, res, next) => {
        if (req.url?.split('?')[0] !== `${deploy.base}${INDEX_FILE}`) return next();
        const { stored } = await buildIndexFromContent(resolveContentDir());
        res.setHeader('content-type', 'application/json');
        res.end(serializeIndex(stored));
      });
    },
    'astro:build:done': async ({ dir, logger }) => {
      const { stored } = await buildIndexFromContent(resolveContentDir());
      const size = await writeIndexFile(fileURLToPath(new URL(INDEX_FILE, dir)), stored);
      logger.info(`${INDEX_FILE}: ${stored.docs.id.length} entries, ${(size.gzip / 1024).toFixed(1)} KB gzip`);
    },
  },
});

/**
 * Every MDX entry makes rolldown warn that the module-level directive "use astro:head-inject" may
 * not be preserved: Astro's own marker, harmless (withastro/astro#18087), 18 multi-line warnings
 * per build that would hide a real one. Only that directive is dropped; every other warning shows.
 */
function dropHeadInjectWarning(level, log, handler) {
  if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject')) return;
  handler(level, log);
}

export default defineConfig({
  output: 'static',
  base: deploy.base,
  site: deploy.site,
  vite: { build: { rolldownOptions: { onLog: dropHeadInjectWarning } } },
  trailingSlash: 'always',
  // No script runs unless the site wrote it (src/node/csp.ts); content is refused before that anyway.
  security: { csp: contentSecurityPolicy() },
  // The first use of each glossary term in an entry body links to the glossary. MDX is compiled by
  // Sätteri (Astro 7's default processor), which ignores rehypePlugins: the step is a hast plugin.
  integrations: [
    // First: the validator's check of the content, so content errors stop the build before Astro reads it.
    contentCheck(resolveContentDir()),
    mdx({ processor: satteri({ hastPlugins: [glossaryLinksPlugin(await readGlossaryTerms(resolveContentDir()))] }) }),
    searchIndex(),
    pagefindIndex(),
  ],
});
