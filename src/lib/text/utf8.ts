/**
 * The content format's "files" rule: UTF-8, with or without a byte order mark. A file saved in
 * Shift_JIS or Latin-1 must not come out as text full of U+FFFD that then fails in some other,
 * puzzling way: it is named "not UTF-8", with the line of its first byte that is not.
 */

const strict = new TextDecoder('utf-8', { fatal: true });

/** The text (BOM dropped), or the 1-based line of the first byte sequence that is not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { badLine: number } {
  try {
    return { text: strict.decode(bytes) };
  } catch {
    return { badLine: firstBadLine(bytes) };
  }
}

function firstBadLine(bytes: Uint8Array): number {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b === 0x0a) line++;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (!length || i + length > bytes.length) return line;
    try {
      strict.decode(bytes.subarray(i, i + length));
    } catch {
      return line;
    }
    i += length;
  }
  return line;
}
