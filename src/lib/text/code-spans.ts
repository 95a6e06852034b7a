/** Steps and symptoms may hold shell commands in backticks; pages show those as copyable code. */

export interface TextPart {
  text: string;
  /** True for the text between a pair of backticks. */
  code: boolean;
}

/** Split text at backtick pairs; an unpaired backtick stays plain text. Empty parts are dropped. */
export function splitCodeSpans(text: string): TextPart[] {
  const parts: TextPart[] = [];
  const pattern = /`([^`]+)`/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), code: false });
    parts.push({ text: match[1]!, code: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), code: false });
  return parts;
}
