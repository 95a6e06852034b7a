/**
 * A hast step for entry bodies: the first use of each glossary term in the prose becomes a link
 * to its anchor on the glossary page (`/glossary/#connection-pool`). Code, headings, existing
 * links and MDX components are left as written: a command must stay copyable, a heading is an
 * anchor of its own, and a component owns its children.
 */
import type { GlossaryTerm } from '../content/schema.ts';
import type { Routes } from '../routes.ts';
import { findFirstUses, glossaryNeedles, indexNeedles, type NeedleIndex } from './first-use.ts';

// The few hast shapes this step reads and writes (the full hast types are not a dependency).
interface HastText {
  type: 'text';
  value: string;
}
interface HastElement {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: HastNode[];
}
type HastNode = HastText | HastElement | { type: string; children?: HastNode[] };

/** Elements whose text is never linked. */
const SKIPPED = new Set(['a', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'button', 'label']);
// MDX components (`<Checklist>`) arrive as these node types.
const JSX = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);

/**
 * The text nodes under `root` that hold a first use, each with the nodes that replace it (text,
 * link, text...), in document order. Nothing is changed: the caller applies the plan with its
 * processor's own API.
 */
export function planGlossaryLinks(root: HastNode, needles: NeedleIndex, routes: Routes): Map<HastNode, HastNode[]> {
  const plan = new Map<HastNode, HastNode[]>();
  const linked = new Set<string>();
  const visit = (node: HastNode) => {
    if (!('children' in node) || !node.children) return;
    if (node.type === 'element' && SKIPPED.has((node as HastElement).tagName)) return;
    if (JSX.has(node.type)) return;
    for (const child of node.children) {
      if (child.type !== 'text') {
        visit(child);
        continue;
      }
      const { value } = child as HastText;
      const uses = findFirstUses(value, needles, linked);
      if (!uses.length) continue;
      const parts: HastNode[] = [];
      let at = 0;
      for (const use of uses) {
        if (use.start > at) parts.push({ type: 'text', value: value.slice(at, use.start) });
        parts.push({
          type: 'element',
          tagName: 'a',
          properties: { href: routes.glossary(use.slug), className: ['glossary-term'], title: use.term },
          children: [{ type: 'text', value: value.slice(use.start, use.end) }],
        });
        linked.add(use.slug);
        at = use.end;
      }
      if (at < value.length) parts.push({ type: 'text', value: value.slice(at) });
      plan.set(child, parts);
    }
  };
  visit(root);
  return plan;
}

/**
 * The step as a Sätteri hast plugin (Astro 7's Markdown and MDX processor):
 * `mdx({ processor: satteri({ hastPlugins: [glossaryLinksPlugin(terms, routes)] }) })`. It plans on the
 * whole tree before the visitors run, since "first use" depends on document order.
 */
export function glossaryLinksPlugin(terms: readonly GlossaryTerm[], routes: Routes) {
  const needles = indexNeedles(glossaryNeedles(terms));
  return {
    name: 'fixpath-glossary-links',
    before(root: unknown, ctx: { replaceNode(node: never, parts: never[]): void }) {
      if (!needles.size) return;
      for (const [node, parts] of planGlossaryLinks(root as HastNode, needles, routes)) ctx.replaceNode(node as never, parts as never[]);
    },
  };
}
