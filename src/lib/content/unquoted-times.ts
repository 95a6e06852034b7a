/**
 * Times of day must be quoted. fixpath reads YAML 1.2, where an unquoted `10:05` is the text
 * "10:05", but YAML 1.1 parsers read it as a base-60 number (605), so the same file would mean
 * something else to another tool. The schema cannot see the difference (it gets text either way),
 * so this looks at the YAML nodes themselves: a plain scalar, or a number, where a time goes.
 */
import { isMap, isScalar, isSeq, Scalar, type Document } from 'yaml';
import type { FieldIssue } from './error-messages.ts';

/** The incident fields that take a time of day: `timeline[i].at` and `attempts[i].at`. */
const TIME_LISTS = ['timeline', 'attempts'] as const;
const LOOKS_LIKE_TIME = /^\d{1,2}:\d{2}(?::\d{2})?$/;

export function unquotedTimes(doc: Document): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const list of TIME_LISTS) {
    const items = doc.get(list, true);
    if (!isSeq(items)) continue;
    items.items.forEach((item, i) => {
      const at = isMap(item) ? item.get('at', true) : undefined;
      if (!isScalar(at) || at.type !== Scalar.PLAIN) return;
      const source = String(at.source ?? at.value);
      if (!LOOKS_LIKE_TIME.test(source)) return;
      issues.push({
        path: [list, i, 'at'],
        target: 'value',
        message: `quote it: "${source}" (unquoted, some YAML parsers read ${source} as the number ${base60(source)})`,
      });
    });
  }
  return issues;
}

/** What a YAML 1.1 parser makes of an unquoted time: `10:05` → 605. */
function base60(time: string): number {
  return time.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}
