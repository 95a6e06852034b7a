/** Building and ordering validator problems, shared by every check. */
import type { Problem } from './model.ts';
import { fieldPath, type FieldPath, type Position, type Target } from './positions.ts';

/** Finds a field of a content file (path relative to the content directory) in its source. */
export type ContentLocator = (file: string, path: FieldPath, target?: Target) => Position;

/** A problem at a field of a file, positioned where the author wrote that field. */
export function problemAt(
  locate: ContentLocator,
  file: string,
  path: FieldPath,
  message: string,
  severity: Problem['severity'] = 'error',
  target: Target = 'value',
): Problem {
  return { severity, file, ...locate(file, path, target), field: fieldPath(path), message };
}

/** By file, then line, then column: the order an author fixes them in. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}

/**
 * What a file nested thousands of levels deep (lists in lists, maps in maps, quotes in quotes) is
 * told. Parsers recurse, and the call stack runs out long before any real content gets there.
 */
export const TOO_DEEP = 'nested too deeply (lists, fields, quotes or elements inside each other thousands of levels deep); flatten it';

/** True for the RangeError a JavaScript engine throws when the call stack runs out. */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}
