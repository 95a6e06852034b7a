/**
 * Links an author writes in an MDX body as site addresses (`/runbooks/x/`) are relative to the
 * site root; under a sub path (`base: /kb/`) they must carry the base, or every one is a 404.
 * A Sätteri hast plugin, beside the glossary step in astro.config.mjs.
 */

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** `href` under `base`: only root-relative addresses (`/x`, not `//host/x`, `#a`, `https:`). */
export function withBaseHref(href: string, base: string): string {
  if (!href.startsWith('/') || href.startsWith('//') || base === '/' || href.startsWith(base)) return href;
  return `${base}${href.slice(1)}`;
}

/**
 * The links of the tree that need the base, each with its rebased copy. Sätteri hands plugins
 * frozen nodes, so a link is replaced (ctx.replaceNode), not edited.
 */
export function planBaseLinks(root: HastNode, base: string): Map<HastNode, HastNode> {
  const plan = new Map<HastNode, HastNode>();
  const visit = (node: HastNode) => {
    const href = node.properties?.href;
    if (node.type === 'element' && node.tagName === 'a' && typeof href === 'string') {
      const rebased = withBaseHref(href, base);
      if (rebased !== href) plan.set(node, { ...node, properties: { ...node.properties, href: rebased } });
    }
    node.children?.forEach(visit);
  };
  visit(root);
  return plan;
}

export function baseLinksPlugin(base: string) {
  return {
    name: 'fixpath-base-links',
    before(root: unknown, ctx: { replaceNode(node: never, parts: never[]): void }) {
      if (base === '/') return;
      for (const [node, copy] of planBaseLinks(root as HastNode, base)) ctx.replaceNode(node as never, [copy] as never[]);
    },
  };
}
