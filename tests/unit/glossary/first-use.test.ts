import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from '../../../src/lib/content/schema.ts';
import { findFirstUses, glossaryNeedles, indexNeedles } from '../../../src/lib/glossary/first-use.ts';
import { glossaryLinksPlugin } from '../../../src/lib/glossary/link-terms.ts';
import { rootRoutes } from '../../../src/lib/routes.ts';

const TERMS: GlossaryTerm[] = [
  { term: 'Connection pool', aliases: ['コネクションプール', '接続プール', 'pool'], definition: 'd', related: [] },
  { term: 'max_connections', aliases: ['最大接続数', 'ERROR 1040'], definition: 'd', related: [] },
  { term: 'inode', aliases: ['inode 枯渇', 'i'], definition: 'd', related: [] },
  { term: '502 Bad Gateway', aliases: ['502'], definition: 'd', related: [] },
];
const needles = indexNeedles(glossaryNeedles(TERMS));
const uses = (text: string, skip?: Set<string>) =>
  findFirstUses(text, needles, skip).map((u) => ({ slug: u.slug, text: text.slice(u.start, u.end) }));

describe('findFirstUses', () => {
  it('finds Japanese names inside a sentence with no spaces around them', () => {
    expect(uses('アプリのコネクションプールが尽きて最大接続数に達した')).toEqual([
      { slug: 'connection-pool', text: 'コネクションプール' },
      { slug: 'max-connections', text: '最大接続数' },
    ]);
  });

  it('requires word boundaries around Latin names', () => {
    expect(uses('the spool and pools, then poolside')).toEqual([]);
    expect(uses('the pool, and the pool again')).toEqual([{ slug: 'connection-pool', text: 'pool' }]);
    expect(uses('HTTP 5020 is not 502.')).toEqual([{ slug: '502-bad-gateway', text: '502' }]);
  });

  it('prefers the longest name and links each term once per text', () => {
    expect(uses('A connection pool is a pool.')).toEqual([{ slug: 'connection-pool', text: 'connection pool' }]);
    expect(uses('inode 枯渇です。inode')).toEqual([{ slug: 'inode', text: 'inode 枯渇' }]);
  });

  it('matches full-width and upper-case text and returns the slice as written', () => {
    expect(uses('ＥＲＲＯＲ　１０４０ が出た')).toEqual([{ slug: 'max-connections', text: 'ＥＲＲＯＲ　１０４０' }]);
    expect(uses('Connection Pool')).toEqual([{ slug: 'connection-pool', text: 'Connection Pool' }]);
  });

  it('skips terms already linked earlier in the body, and one-letter aliases', () => {
    expect(uses('接続プールと inode', new Set(['connection-pool']))).toEqual([{ slug: 'inode', text: 'inode' }]);
    expect(uses('i am here')).toEqual([]);
  });
});

describe('glossaryLinksPlugin', () => {
  const text = (value: string) => ({ type: 'text', value });
  const el = (tagName: string, ...children: unknown[]) => ({ type: 'element', tagName, properties: {}, children });

  it('links the first use in prose only: not in code, headings, links or components', () => {
    const tree = {
      type: 'root',
      children: [
        el('h2', text('接続プールとは')),
        el('pre', el('code', text('SHOW VARIABLES LIKE max_connections'))),
        el('p', text('見出しの後、'), el('code', text('pool')), text(' 本文の接続プールが最初。')),
        { type: 'mdxJsxFlowElement', name: 'Checklist', children: [text('最大接続数')] },
        el('p', el('a', text('max_connections')), text(' と 最大接続数、もう一度 接続プール')),
      ],
    };
    // Apply the plugin's replacements the way the processor does: each planned node swapped in place.
    const replace = (node: { children?: unknown[] }, target: unknown, parts: unknown[]) => {
      if (!node.children) return;
      const i = node.children.indexOf(target);
      if (i >= 0) node.children.splice(i, 1, ...parts);
      else for (const child of node.children) replace(child as { children?: unknown[] }, target, parts);
    };
    glossaryLinksPlugin(TERMS, rootRoutes).before(tree, { replaceNode: (node, parts) => replace(tree, node, parts) });
    const html = JSON.stringify(tree);
    const links = [...html.matchAll(/"href":"([^"]+)"/g)].map((m) => m[1]);
    expect(links).toEqual(['/glossary/#connection-pool', '/glossary/#max-connections']);
    // The heading, code block, inline code and component text are untouched.
    expect(tree.children[0]).toEqual(el('h2', text('接続プールとは')));
    expect(tree.children[2]!.children).toEqual([
      text('見出しの後、'),
      el('code', text('pool')),
      text(' 本文の'),
      { type: 'element', tagName: 'a', properties: { href: '/glossary/#connection-pool', className: ['glossary-term'], title: 'Connection pool' }, children: [text('接続プール')] },
      text('が最初。'),
    ]);
    expect(tree.children[3]).toEqual({ type: 'mdxJsxFlowElement', name: 'Checklist', children: [text('最大接続数')] });
  });
});
