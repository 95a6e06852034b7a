/**
 * The full-text section (pagefind) lists pages the symptom search has not already shown. Pagefind
 * gives URLs as it found the files (`/runbooks/x/`, sometimes `/runbooks/x/index.html`), so both
 * sides are compared as paths with a trailing slash.
 */

/** `/runbooks/x/index.html`, `https://h/runbooks/x` → `/runbooks/x/` (query and hash dropped). */
export function pagePath(url: string): string {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '').replace(/(?:index)?\.html$/, '');
  return path.endsWith('/') ? path : `${path}/`;
}

/** The items whose URL is not among `shown`, in their order, each page once. */
export function withoutShown<T extends { url: string }>(items: readonly T[], shown: Iterable<string>): T[] {
  const seen = new Set([...shown].map(pagePath));
  return items.filter((item) => {
    const path = pagePath(item.url);
    if (seen.has(path)) return false;
    seen.add(path);
    return true;
  });
}
