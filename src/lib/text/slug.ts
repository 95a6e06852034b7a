/** URL-safe keys for things that have no id of their own: glossary terms and tags. */

/**
 * Lowercase, width-folded (NFKC), runs of anything but letters and digits turned into one hyphen.
 * Letters of any script are kept, so `コネクションプール` stays readable in the URL.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    // One hyphen at most at either end once runs are collapsed (and `-+$` would backtrack).
    .replace(/^-|-$/g, '');
}

const MAX_ID_LENGTH = 60;

/**
 * An entry id from free text: latin letters and digits, accents dropped, everything else a single
 * hyphen, cut at a word boundary. '' when the text has no latin letter or digit (a title written
 * only in Japanese): the caller then asks for an id or falls back to another text.
 */
export function idFromText(text: string, maxLength = MAX_ID_LENGTH): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : maxLength);
}
