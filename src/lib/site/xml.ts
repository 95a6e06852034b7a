/** Text and attribute values for hand-written XML (feeds, sitemap). */

/**
 * `text` safe inside an XML element or a double-quoted attribute. Characters XML 1.0 forbids
 * outright (C0 controls other than tab and newlines, lone surrogates, U+FFFE/U+FFFF) are dropped:
 * a feed reader rejects the whole document over one of them, and an author never means them.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
