/**
 * sitemap.xml (sitemaps.org protocol 0.9) and the robots.txt that points at it. Both need the
 * site's absolute address: the protocol allows only full URLs.
 */
import { escapeXml } from './xml.ts';

export interface SitemapUrl {
  /** Absolute page address. */
  loc: string;
  /** `YYYY-MM-DD` (or a full W3C date-time) of the page's last change, when the content says. */
  lastmod?: string | undefined;
}

/** The sitemap with each address once, in the order given. */
export function sitemapXml(urls: readonly SitemapUrl[]): string {
  const seen = new Set<string>();
  const lines = urls
    .filter((u) => !seen.has(u.loc) && seen.add(u.loc))
    .map((u) => `  <url><loc>${escapeXml(u.loc)}</loc>${u.lastmod ? `<lastmod>${escapeXml(u.lastmod)}</lastmod>` : ''}</url>`);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...lines,
    '</urlset>',
    '',
  ].join('\n');
}

/** robots.txt: everything may be crawled; the sitemap is named by its absolute address. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
