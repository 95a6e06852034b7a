/**
 * Long queries on the page: a paste is cut to its first lines before it reaches the search box
 * and the worker (the engine keeps only a few error lines of it anyway, log-lines.ts; and a
 * browser takes seconds to lay out a megabyte in a textarea), and the URL keeps only the start of
 * a query. Both cost time proportional to what is kept, never to the paste.
 */

/** Lines of a paste kept: a log excerpt around an error is rarely longer. */
export const MAX_SENT_LINES = 200;
/** Characters of a paste kept. */
export const MAX_SENT_CHARS = 30_000;
/** Characters of the query kept in the URL (a link stays shareable; a log does not belong there). */
export const MAX_URL_QUERY = 500;

/** The part of a query that is searched: `lines` is how many were kept when it was cut. */
export function cutQuery(query: string): { text: string; lines: number | undefined } {
  let end = 0;
  for (let line = 0; line < MAX_SENT_LINES; line++) {
    const next = query.indexOf('\n', end);
    if (next < 0) return query.length <= MAX_SENT_CHARS ? { text: query, lines: undefined } : cutAt(query, MAX_SENT_CHARS, line + 1);
    if (next > MAX_SENT_CHARS) return cutAt(query, MAX_SENT_CHARS, line + 1);
    end = next + 1;
  }
  return { text: query.slice(0, end - 1), lines: MAX_SENT_LINES };
}

const cutAt = (query: string, chars: number, lines: number) => ({ text: query.slice(0, chars), lines });

/** Lines in a text, counted up to `max` (the textarea's height needs no more). */
export function countLines(text: string, max: number): number {
  let count = 1;
  for (let at = text.indexOf('\n'); at >= 0 && count < max; at = text.indexOf('\n', at + 1)) count++;
  return count;
}
