/** The feed and sitemap builders: well-formed, escaped, deterministic. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { atomXml, type AtomFeed } from '../../../src/lib/site/atom.ts';
import { robotsTxt, sitemapXml } from '../../../src/lib/site/sitemap.ts';
import { escapeXml } from '../../../src/lib/site/xml.ts';

/** Undo escapeXml's five entities (what an XML parser does to text content). */
const unescape = (xml: string) =>
  xml.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);

describe('escapeXml', () => {
  it('escapes markup and both quotes', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;');
  });

  it('drops characters XML 1.0 forbids and keeps every other one', () => {
    expect(escapeXml('a\u0000b\u001bc\uFFFEd\uD800e\t\n接続😀')).toBe('abcde\t\n接続😀');
  });

  it('leaves no markup character and round-trips the allowed text (any input)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const escaped = escapeXml(text);
        expect(escaped).not.toMatch(/[<>"']|&(?!(lt|gt|quot|apos|amp);)/);
        const allowed = text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
        expect(unescape(escaped)).toBe(allowed);
      }),
    );
  });
});

const feed: AtomFeed = {
  url: 'https://kb.example/kb/feeds/incidents.xml',
  home: 'https://kb.example/kb/',
  title: 'KB: New incidents',
  lang: 'en',
  entries: [
    { url: 'https://kb.example/kb/incidents/b/', title: 'Disk <full> & "slow"', published: '2026-03-02T01:00:00.000Z', updated: '2026-03-02T02:00:00.000Z', summary: 'ENOSPC' },
    { url: 'https://kb.example/kb/incidents/a/', title: 'DNS', updated: '2026-01-05T00:00:00.000Z' },
  ],
};

describe('atomXml', () => {
  it('writes the feed with escaped text, the newest entry as its update time and entries in order', () => {
    expect(atomXml(feed)).toBe(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <id>https://kb.example/kb/feeds/incidents.xml</id>
  <title>KB: New incidents</title>
  <link rel="self" type="application/atom+xml" href="https://kb.example/kb/feeds/incidents.xml"/>
  <link rel="alternate" type="text/html" href="https://kb.example/kb/"/>
  <updated>2026-03-02T02:00:00.000Z</updated>
  <author><name>KB: New incidents</name></author>
  <entry>
    <id>https://kb.example/kb/incidents/b/</id>
    <title>Disk &lt;full&gt; &amp; &quot;slow&quot;</title>
    <link rel="alternate" type="text/html" href="https://kb.example/kb/incidents/b/"/>
    <published>2026-03-02T01:00:00.000Z</published>
    <updated>2026-03-02T02:00:00.000Z</updated>
    <summary>ENOSPC</summary>
  </entry>
  <entry>
    <id>https://kb.example/kb/incidents/a/</id>
    <title>DNS</title>
    <link rel="alternate" type="text/html" href="https://kb.example/kb/incidents/a/"/>
    <updated>2026-01-05T00:00:00.000Z</updated>
  </entry>
</feed>
`);
  });

  it('dates an empty feed at the epoch, not the build time, so rebuilds are identical', () => {
    expect(atomXml({ ...feed, entries: [] })).toContain('<updated>1970-01-01T00:00:00.000Z</updated>');
  });
});

describe('sitemapXml and robotsTxt', () => {
  it('lists each address once, escaped, with its last change when known', () => {
    expect(
      sitemapXml([
        { loc: 'https://kb.example/kb/' },
        { loc: 'https://kb.example/kb/tags/a&b/', lastmod: '2026-09-14' },
        { loc: 'https://kb.example/kb/' },
      ]),
    ).toBe(`<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://kb.example/kb/</loc></url>
  <url><loc>https://kb.example/kb/tags/a&amp;b/</loc><lastmod>2026-09-14</lastmod></url>
</urlset>
`);
  });

  it('points robots at the sitemap', () => {
    expect(robotsTxt('https://kb.example/kb/sitemap.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://kb.example/kb/sitemap.xml\n');
  });
});
