/**
 * Every page worth a search engine's visit, for sitemap.xml: the entries with their last change
 * where the content records one, and the listing pages. Left out: the search page (its results
 * are other pages), alert addresses (they forward to a runbook) and the 404 page.
 */
import { flattenCategories } from '../categories/tree.ts';
import type { KnowledgeBase } from '../content/model.ts';
import { localDate, toInstant } from '../time/datetime.ts';
import { absoluteUrl } from './deploy.ts';
import type { SitemapUrl } from './sitemap.ts';
import { collectTags } from './tags.ts';

/** The page addresses the sitemap lists (the route table's, base included). */
export interface SitemapRoutes {
  home(): string;
  runbook(id: string): string;
  incident(id: string): string;
  path(id: string): string;
  paths(): string;
  categories(): string;
  category(path: string): string;
  tag(label: string): string;
  glossary(): string;
  stats(): string;
}

export function sitemapUrls(kb: KnowledgeBase, site: string, routes: SitemapRoutes): SitemapUrl[] {
  const { timezone } = kb.config;
  const at = (path: string, lastmod?: string): SitemapUrl => ({ loc: absoluteUrl(site, path), lastmod });
  const resolvedOn = (resolved: string) => {
    const instant = toInstant(resolved, timezone);
    return instant === undefined ? undefined : localDate(instant, timezone);
  };
  return [
    at(routes.home()),
    ...kb.runbooks.map((r) => at(routes.runbook(r.id), r.data.reviewed)),
    ...kb.incidents.map((i) => at(routes.incident(i.id), resolvedOn(i.data.resolved))),
    at(routes.paths()),
    ...kb.paths.map((p) => at(routes.path(p.id))),
    at(routes.categories()),
    ...flattenCategories(kb.categories).map((node) => at(routes.category(node.path))),
    ...collectTags(kb).map((tag) => at(routes.tag(tag.label))),
    at(routes.glossary()),
    at(routes.stats()),
  ];
}
