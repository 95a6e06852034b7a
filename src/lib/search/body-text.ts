/**
 * The prose of an MDX body as plain text for the index: parsed with remark (not regexes over
 * markdown), so headings, lists, code and inline code all count and MDX syntax does not.
 */
import type { Root, RootContent } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { tooDeepLine } from '../content/nesting.ts';

const mdx = unified().use(remarkParse).use(remarkMdx);
const markdown = unified().use(remarkParse);

type Node = Root | RootContent;

function collect(node: Node, out: string[]): void {
  // ESM and JS expressions are code, not prose; JSX elements keep their text children.
  if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return;
  if ('value' in node && typeof node.value === 'string') out.push(node.value);
  if ('alt' in node && typeof node.alt === 'string') out.push(node.alt);
  if ('children' in node) for (const child of node.children) collect(child, out);
}

/**
 * Text of every text, code and inline-code node, one per line (mdast-util-to-string would glue
 * `## 概要` to the next paragraph). A body that is not valid MDX (the validator reports it) is
 * read as plain markdown rather than dropped.
 */
export function bodyText(body: string): string {
  // Parsers recurse: a body nested thousands deep would overflow them (the validator reports it).
  if (tooDeepLine(body) !== undefined) return '';
  let tree: Root;
  try {
    tree = mdx.parse(body);
  } catch {
    tree = markdown.parse(body);
  }
  const out: string[] = [];
  collect(tree, out);
  return out.join('\n');
}
