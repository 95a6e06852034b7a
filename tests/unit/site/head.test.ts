/** What each page's head tells search engines, link previews and feed readers. */
import { describe, expect, it } from 'vitest';
import { headMeta, type HeadInput } from '../../../src/lib/site/head.ts';

const page: HeadInput = {
  site: 'https://kb.example',
  base: '/kb/',
  pathname: '/kb/runbooks/disk-full/',
  siteTitle: 'KB',
  title: 'Disk full',
  description: 'No space left on device.',
  type: 'article',
  lang: 'en',
  notFound: false,
};

describe('headMeta', () => {
  it('gives an entry its canonical address, Open Graph card and the feeds', () => {
    expect(headMeta(page)).toEqual({
      canonical: 'https://kb.example/kb/runbooks/disk-full/',
      openGraph: [
        ['og:type', 'article'],
        ['og:site_name', 'KB'],
        ['og:title', 'Disk full'],
        ['og:locale', 'en_US'],
        ['og:description', 'No space left on device.'],
        ['og:url', 'https://kb.example/kb/runbooks/disk-full/'],
      ],
      feeds: [
        { title: 'KB: New incidents', href: 'https://kb.example/kb/feeds/incidents.xml' },
        { title: 'KB: Reviewed runbooks', href: 'https://kb.example/kb/feeds/runbooks.xml' },
      ],
      robots: undefined,
    });
  });

  it('leaves out every absolute address without a site, and titles the home page after the site', () => {
    const home = headMeta({ ...page, site: undefined, title: undefined, type: 'website', lang: 'ja', pathname: '/kb/' });
    expect(home.canonical).toBeUndefined();
    expect(home.feeds).toEqual([]);
    expect(home.openGraph).toEqual([
      ['og:type', 'website'],
      ['og:site_name', 'KB'],
      ['og:title', 'KB'],
      ['og:locale', 'ja_JP'],
      ['og:description', 'No space left on device.'],
    ]);
  });

  it('keeps the 404 page out of the index and gives it no canonical address', () => {
    const missing = headMeta({ ...page, notFound: true });
    expect([missing.canonical, missing.robots]).toEqual([undefined, 'noindex']);
    expect(missing.openGraph.some(([property]) => property === 'og:url')).toBe(false);
  });
});
