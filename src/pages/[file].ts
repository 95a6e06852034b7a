/**
 * `sitemap.xml` and the `robots.txt` that names it. The sitemap protocol allows only absolute
 * addresses, so without the config's `site` neither file is built: getStaticPaths lists none.
 * (A crawler reads robots.txt only at a host's root: under a sub path such as `/kb/` it is
 * written anyway, for whoever serves the root to copy its Sitemap line.)
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { absoluteUrl } from '../lib/site/deploy.ts';
import { sitemapUrls } from '../lib/site/page-list.ts';
import { robotsTxt, sitemapXml } from '../lib/site/sitemap.ts';
import { knowledgeBase } from '../site/kb.ts';
import { routes } from '../site/routes.ts';

const SITEMAP = 'sitemap.xml';
const ROBOTS = 'robots.txt';

export const getStaticPaths = (() =>
  import.meta.env.SITE ? [SITEMAP, ROBOTS].map((file) => ({ params: { file } })) : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const origin = site!.origin;
  if (params.file === ROBOTS) {
    return new Response(robotsTxt(absoluteUrl(origin, routes.withBase(SITEMAP))), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  const xml = sitemapXml(sitemapUrls(await knowledgeBase(), origin, routes));
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
