/**
 * The Atom feeds, `feeds/incidents.xml` and `feeds/runbooks.xml`. Feed readers need absolute
 * addresses, so without the config's `site` there are no feeds: getStaticPaths lists none.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { atomXml } from '../../lib/site/atom.ts';
import { buildFeed, FEEDS, type FeedName } from '../../lib/site/feeds.ts';
import { knowledgeBase } from '../../site/kb.ts';
import { routes } from '../../site/routes.ts';

export const getStaticPaths = (() =>
  import.meta.env.SITE ? Object.keys(FEEDS).map((feed) => ({ params: { feed } })) : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const feed = buildFeed(params.feed as FeedName, await knowledgeBase(), site!.origin, routes);
  return new Response(atomXml(feed), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
