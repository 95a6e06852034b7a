/**
 * pagefind's own bundle (/pagefind/pagefind.js, loaded on the first search as its UI does), a
 * first screen of 10 results with their titles (each result's data is a fragment fetch). The
 * query is NFKC-normalised first, as the site's full-text search does (pagefind does not fold width).
 */
interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<{ meta: { title?: string } }> }[] }>;
}

const SCREEN = 10;
const url = '/pagefind/pagefind.js';
let pagefind: Promise<Pagefind> | undefined;

export async function search(query: string): Promise<string[]> {
  pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
  const found = await (await pagefind).search(query.normalize('NFKC'));
  const pages = await Promise.all(found.results.slice(0, SCREEN).map((r) => r.data()));
  return pages.map((p) => p.meta.title ?? '');
}
