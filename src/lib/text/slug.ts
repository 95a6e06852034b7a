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
    .replace(/^-+|-+$/g, '');
}
