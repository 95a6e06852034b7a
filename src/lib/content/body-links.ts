/**
 * Links in MDX bodies that lead nowhere: `/runbooks/<id>/`, `/incidents/<id>/`, `/paths/<id>/`
 * and `/categories/<path>/` to entries that do not exist, relative links resolved from the page
 * (`../other-runbook/`) or from the file (`./other-runbook.mdx`). The body is parsed with remark,
 * so a URL inside a code block is not a link.
 */
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { categoryPaths } from './cross-refs.ts';
import { collectionOf, ENTRY_LABEL, idOf } from './layout.ts';
import type { MdxBody } from './load.ts';
import type { KnowledgeBase, Problem } from './model.ts';
import { didYouMean } from './suggest.ts';
import { tooDeepLine } from './nesting.ts';

const mdx = unified().use(remarkParse).use(remarkMdx);

interface Link {
  url: string;
  line: number;
  column: number;
}

/** Every link and link definition of a body, with its position in the body. */
function linksOf(body: string): Link[] {
  // The MDX check reports a body nested too deeply; the parser would overflow on it.
  if (tooDeepLine(body) !== undefined) return [];
  // Every link is written `[text](url)` or `[ref]: url`: a body with neither needs no second parse.
  if (!body.includes('](') && !body.includes(']:')) return [];
  let tree: Root;
  try {
    tree = mdx.parse(body) as Root;
  } catch {
    return []; // A body that does not compile is reported by the MDX check.
  }
  const links: Link[] = [];
  const visit = (node: { type: string; url?: string; children?: unknown[]; position?: { start: { line: number; column: number } } }) => {
    if ((node.type === 'link' || node.type === 'definition') && node.url && node.position) {
      links.push({ url: node.url, ...node.position.start });
    }
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(tree);
  return links;
}

/**
 * The site path a link points to, from the page at `/<collection>/<id>/` and the file at `file`;
 * undefined for links that leave the site or stay on the page.
 */
function sitePath(url: string, file: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('#')) return undefined;
  const path = url.replace(/[?#].*$/, '');
  if (!path) return undefined;
  if (/\.mdx?$/i.test(path)) {
    // A link to a file: resolve it among the content files, then name the page it becomes.
    const resolved = resolve(file.slice(0, file.lastIndexOf('/') + 1), path);
    const collection = collectionOf(resolved);
    return collection ? `/${collection}/${idOf(resolved)}/` : `/${resolved}`;
  }
  const page = `/${collectionOf(file)}/${idOf(file)}/`;
  return path.startsWith('/') ? path : `/${resolve(page.slice(1), path)}`;
}

/** `base` (a folder path ending in `/`, no leading `/`) joined with a relative path, dots resolved. */
function resolve(base: string, relative: string): string {
  const parts: string[] = [];
  for (const part of `${base}${relative}`.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/') + (relative.endsWith('/') ? '/' : '');
}

/** A warning for each link to an entry or category that does not exist. */
export function brokenBodyLinks(kb: KnowledgeBase, bodies: readonly MdxBody[], files: readonly string[]): Problem[] {
  const present: Record<string, Set<string>> = { runbooks: new Set(), incidents: new Set(), paths: new Set() };
  for (const file of files) {
    const collection = collectionOf(file);
    if (collection) present[collection]!.add(idOf(file));
  }
  const categories = categoryPaths(kb.categories);
  return bodies.flatMap(({ file, body, bodyLine }) =>
    linksOf(body).flatMap((link) => {
      const path = sitePath(link.url, file);
      const match = path && /^\/(runbooks|incidents|paths|categories)\/(.+?)\/?$/.exec(path);
      if (!match) return [];
      const [, collection, id] = match as unknown as [string, string, string];
      const known = collection === 'categories' ? categories : [...present[collection]!];
      if (known.includes(id)) return [];
      const noun = collection === 'categories' ? 'category' : ENTRY_LABEL[collection as keyof typeof ENTRY_LABEL];
      const message = `link to ${link.url} leads nowhere: there is no ${noun} "${id}"${didYouMean(id, known)}`;
      return [{ severity: 'warning', file, line: bodyLine + link.line - 1, column: link.column, field: 'body', message } satisfies Problem];
    }),
  );
}
