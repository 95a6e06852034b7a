/**
 * Atom 1.0 feeds (RFC 4287): the document as text, from entries whose addresses are already
 * absolute. Deterministic: the feed's `updated` is its newest entry's, so two builds of the same
 * content write the same bytes (and a CDN's cached copy stays valid).
 */
import { escapeXml } from './xml.ts';

export interface AtomEntry {
  /** The entry's page, absolute; also its id (a page address never changes meaning). */
  url: string;
  title: string;
  /** RFC 3339 instants, such as `2026-03-02T01:05:00.000Z`. */
  updated: string;
  published?: string | undefined;
  summary?: string | undefined;
}

export interface AtomFeed {
  /** The feed's own address, absolute (its id and `rel="self"`). */
  url: string;
  /** The page the feed is about (the site's home), absolute. */
  home: string;
  title: string;
  lang: string;
  /** Newest first; the caller decides the order. */
  entries: AtomEntry[];
}

/** When nothing is in the feed: a fixed instant rather than the build time, for identical builds. */
const EPOCH = new Date(0).toISOString();

export function atomXml(feed: AtomFeed): string {
  const updated = feed.entries.reduce((newest, e) => (e.updated > newest ? e.updated : newest), EPOCH);
  const entries = feed.entries.map((e) =>
    [
      '  <entry>',
      `    <id>${escapeXml(e.url)}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
      e.published && `    <published>${escapeXml(e.published)}</published>`,
      `    <updated>${escapeXml(e.updated)}</updated>`,
      e.summary && `    <summary>${escapeXml(e.summary)}</summary>`,
      '  </entry>',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  <id>${escapeXml(feed.url)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.url)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.home)}"/>`,
    `  <updated>${updated}</updated>`,
    // RFC 4287 wants an author on the feed when an entry has none.
    `  <author><name>${escapeXml(feed.title)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
