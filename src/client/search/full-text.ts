/**
 * The full-text section: pagefind's index of every built page, loaded on first use. Pagefind does
 * not fold width, so the query is NFKC-normalised first. Excerpts arrive as HTML with <mark>; they
 * are parsed in an inert document and only their text is kept.
 */
import { routes } from '../routes.ts';

export interface FullTextHit {
  url: string;
  title: string;
  excerpt: string;
}

interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<{ url: string; meta: { title?: string }; excerpt: string }> }[] }>;
}

const PAGEFIND_URL = routes.pagefind();
let pagefind: Promise<Pagefind> | undefined;

const textOf = (html: string) => new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';

/** The best `limit` pages for a query (an empty list when pagefind is missing, as in `astro dev`). */
export async function fullTextSearch(query: string, limit: number): Promise<FullTextHit[]> {
  pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>;
  let found;
  try {
    found = await (await pagefind).search(query.normalize('NFKC'));
  } catch {
    return [];
  }
  const pages = await Promise.all(found.results.slice(0, limit).map((r) => r.data()));
  return pages.map((p) => ({ url: p.url, title: p.meta.title ?? p.url, excerpt: textOf(p.excerpt) }));
}
