/**
 * A rehype step for entry bodies: the first use of each glossary term in the prose becomes a link
 * to its anchor on the glossary page (`/glossary/#connection-pool`). Code, headings, existing
 * links and MDX components are left as written: a command must stay copyable, a heading is an
 * anchor of its own, and a component owns its children.
 */
import type { GlossaryTerm } from '../content/schema.ts';
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

/** The glossary page's address of a term's anchor. */
export function glossaryHref(slug: string): string {
  return `/glossary/#${encodeURIComponent(slug)}`;
}

/** Link the first use of each term in the text nodes under `node`; `linked` carries the slugs done. */
function linkIn(node: HastNode, needles: NeedleIndex, linked: Set<string>): void {
  if (!('children' in node) || !node.children) return;
  if (node.type === 'element' && SKIPPED.has((node as HastElement).tagName)) return;
  if (JSX.has(node.type)) return;
  const children: HastNode[] = [];
  for (const child of node.children) {
    if (child.type !== 'text') {
      linkIn(child, needles, linked);
      children.push(child);
      continue;
    }
    const { value } = child as HastText;
    const uses = findFirstUses(value, needles, linked);
    let at = 0;
    for (const use of uses) {
      if (use.start > at) children.push({ type: 'text', value: value.slice(at, use.start) });
      children.push({
        type: 'element',
        tagName: 'a',
        properties: { href: glossaryHref(use.slug), className: ['glossary-term'], title: use.term },
        children: [{ type: 'text', value: value.slice(use.start, use.end) }],
      });
      linked.add(use.slug);
      at = use.end;
    }
    if (at < value.length) children.push(uses.length ? { type: 'text', value: value.slice(at) } : child);
  }
  node.children = children;
}

/** The rehype plugin: `rehypePlugins: [[rehypeGlossaryLinks, { terms }]]`. */
export function rehypeGlossaryLinks(options: { terms: readonly GlossaryTerm[] }) {
  const needles = indexNeedles(glossaryNeedles(options.terms));
  return (tree: HastNode) => {
    if (needles.size) linkIn(tree, needles, new Set());
  };
}
