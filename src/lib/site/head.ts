/**
 * What a page's `<head>` says about it to search engines, chat previews and feed readers:
 * canonical address, Open Graph properties and the feeds. Addresses are absolute, so canonical,
 * `og:url` and the feed links exist only when the config names the `site`.
 */
import type { Lang } from '../content/schema.ts';
import { absoluteUrl } from './deploy.ts';
import { FEEDS, feedTitle } from './feeds.ts';

export interface HeadInput {
  /** The site's origin (`https://kb.example`), or undefined. */
  site: string | undefined;
  /** `/` or `/kb/`. */
  base: string;
  /** This page's address, base included (`/kb/runbooks/disk-full/`). */
  pathname: string;
  siteTitle: string;
  /** The page's own title; the home page has none. */
  title: string | undefined;
  description: string | undefined;
  /** `article` for an entry (runbook, incident, path), else `website`. */
  type: 'website' | 'article';
  lang: Lang;
  /** The 404 page: one file served at every unknown address, which is no page's canonical. */
  notFound: boolean;
}

export interface HeadMeta {
  canonical: string | undefined;
  /** `<meta property content>` pairs, in order. */
  openGraph: [property: string, content: string][];
  /** Feeds to announce with `<link rel="alternate" type="application/atom+xml">`. */
  feeds: { title: string; href: string }[];
  /** `noindex` for the 404 page. */
  robots: string | undefined;
}

const OG_LOCALE: Record<Lang, string> = { en: 'en_US', ja: 'ja_JP' };

export function headMeta(page: HeadInput): HeadMeta {
  const { site } = page;
  const canonical = site && !page.notFound ? absoluteUrl(site, page.pathname) : undefined;
  const openGraph: [string, string][] = [
    ['og:type', page.type],
    ['og:site_name', page.siteTitle],
    ['og:title', page.title ?? page.siteTitle],
    ['og:locale', OG_LOCALE[page.lang]],
  ];
  if (page.description) openGraph.push(['og:description', page.description]);
  if (canonical) openGraph.push(['og:url', canonical]);
  const feeds = site
    ? (['incidents', 'runbooks'] as const).map((name) => ({
        title: feedTitle(name, page.siteTitle, page.lang),
        href: absoluteUrl(site, `${page.base}${FEEDS[name]}`),
      }))
    : [];
  return { canonical, openGraph, feeds, robots: page.notFound ? 'noindex' : undefined };
}
