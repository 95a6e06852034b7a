// The fixpath site: static pages from the content directory (FIXPATH_CONTENT_DIR, default
// `content/`), MDX bodies, the symptom search index and one pagefind index built after the pages.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/lib/content/base-links.ts';
import { glossaryLinksPlugin } from './src/lib/glossary/link-terms.ts';
import { createRoutes } from './src/lib/routes.ts';
import { deploySettings } from './src/lib/site/deploy.ts';
import { sharedContent } from './src/node/content.ts';
import { contentCheck } from './src/node/build-check.ts';
import { contentSecurityPolicy } from './src/node/csp.ts';
import { serveFolder } from './src/node/serve-folder.ts';
import { buildIndexOfContent, buildIndexFromContent, INDEX_DIR_NAME, shardStored, writeIndexDir } from './src/node/search-index.ts';
import { resolveContentDir } from './src/node/read-content.ts';

// The build's one parse of the content (src/node/content.ts), shared with the pages.
const content = await sharedContent();
// `base` and `site` from fixpath.config.yaml, or FIXPATH_BASE / FIXPATH_SITE (a CI deploy).
const deploy = deploySettings(content.kb.config, process.env);

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
 * The symptom search index (`fixpath index`, sharded files under /fixpath-index/) built from the
 * same content as the pages by the same code, so a build with FIXPATH_CONTENT_DIR never serves
 * another content's index: written into the output after the build (where `fixpath search` also
 * finds it), and served from memory by `astro dev` (rebuilt whenever the manifest is asked for,
 * so content edits show).
 */
const searchIndex = () => {
  let files;
  const build = async () => (files = shardStored((await buildIndexFromContent(resolveContentDir())).stored).files);
  return {
    name: 'fixpath-search-index',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (req, res, next) => {
          const prefix = `${deploy.base}${INDEX_DIR_NAME}/`;
          const url = req.url?.split('?')[0] ?? '';
          if (!url.startsWith(prefix)) return next();
          const name = url.slice(prefix.length);
          if (name === 'manifest.json' || !files) await build();
          const text = files.get(name);
          if (text === undefined) return void res.writeHead(404).end();
          res.setHeader('content-type', 'application/json');
          res.end(text);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const sharded = shardStored((await buildIndexOfContent(content)).stored);
        const size = await writeIndexDir(fileURLToPath(new URL(INDEX_DIR_NAME, dir)), sharded);
        logger.info(`${INDEX_DIR_NAME}/: ${sharded.manifest.docs} entries, ${size.files} files, ${(size.gzip / 1024).toFixed(1)} KB gzip`);
      },
    },
  };
};

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
  // Then the body's own site links (`/runbooks/x/`) get the base.
  integrations: [
    // First: the validator's check of the content, so content errors stop the build before Astro reads it.
    contentCheck(content.dir),
    mdx({ processor: satteri({ hastPlugins: [glossaryLinksPlugin(content.kb.glossary, createRoutes()), baseLinksPlugin(deploy.base)] }) }),
    searchIndex(),
    pagefindIndex(),
  ],
});
