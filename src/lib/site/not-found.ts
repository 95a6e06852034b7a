/**
 * The 404 page starts a search from the words of the address that was not found: a reader who
 * followed a stale link to `/runbooks/mysql-too-many/` is most likely looking for "mysql too many".
 */

/** Folder names of the site's own sections: they say where a page was, not what it was about. */
const SECTIONS = new Set(['runbooks', 'incidents', 'paths', 'alerts', 'categories', 'tags', 'glossary', 'search', 'stats', 'feeds']);

/**
 * The words of `pathname` below `base`: percent-decoded (badly encoded parts kept as written),
 * split at slashes (an encoded `%2F` too), hyphens, underscores, dots and plus signs, without section names and file
 * extensions such as `.html`.
 */
export function wordsFromPath(pathname: string, base = '/'): string {
  const below = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  return below
    .split('/')
    .map((segment) => decode(segment).replace(/\.(html?|php|aspx?|md|mdx)$/i, ''))
    .filter((segment) => segment && !SECTIONS.has(segment.toLowerCase()))
    .flatMap((segment) => segment.split(/[\s\-_.+/]+/))
    .filter(Boolean)
    .join(' ');
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
