/** YAML syntax errors, placed and worded for the author who has to find them. */
import type { ErrorCode, YAMLError } from 'yaml';
import { TOO_DEEP } from './problems.ts';

const INDENTATION = '; check the indentation of this line and the ones above it (fields of one object, and items of one list, start in the same column; spaces only)';

const HINTS: Partial<Record<ErrorCode, string>> = {
  BAD_INDENT: INDENTATION,
  BLOCK_AS_IMPLICIT_KEY: INDENTATION,
  MULTILINE_IMPLICIT_KEY: INDENTATION,
  TAB_AS_INDENT: INDENTATION,
  DUPLICATE_KEY: '; this field is written twice',
  BAD_SCALAR_START: '; text that starts with this character must be in quotes',
};

/**
 * Where to point for a YAML error. An unclosed quote is reported where the text ran out, often many
 * lines below; the author needs the line that opened it, the last line before that point with an
 * odd number of that quote.
 */
export function yamlErrorOffset(yaml: string, error: YAMLError): number {
  const quote = error.code === 'MISSING_CHAR' ? /closing (["'])/.exec(error.message)?.[1] : undefined;
  if (!quote) return error.pos[0];
  let lineStart = yaml.lastIndexOf('\n', error.pos[0] - 1) + 1;
  while (lineStart > 0) {
    const previous = yaml.lastIndexOf('\n', lineStart - 2) + 1;
    const line = yaml.slice(previous, lineStart - 1);
    if (line.split(quote).length % 2 === 0) return previous + line.lastIndexOf(quote);
    lineStart = previous;
  }
  return error.pos[0];
}

/** yaml's message without the position it appends (the problem carries it), with a hint for common slips. */
export function yamlErrorMessage(error: YAMLError): string {
  // yaml reports its own stack overflow as a syntax error: it is nesting, not a typo.
  if (/call stack/i.test(error.message)) return TOO_DEEP;
  const text = error.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '');
  return `YAML syntax error: ${text}${HINTS[error.code] ?? ''}`;
}

