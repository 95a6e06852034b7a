/** Problems with files as files, found while reading the content directory rather than parsing it. */
import { LAYOUT_DESCRIPTION } from './layout.ts';
import type { Problem } from './model.ts';
import { fileStart } from './positions.ts';
import { problemAt } from './problems.ts';

/** A file that was found but could not be read, and why, in words. */
export interface UnreadableFile {
  path: string;
  reason: string;
}

export function unreadableProblems(files: readonly UnreadableFile[]): Problem[] {
  return files.map((file) => problemAt(fileStart, file.path, [], `cannot read this file: ${file.reason}`));
}

/**
 * A content-looking file in the wrong place (`runbook/x.mdx`, `glossary.yml`) is silently left out
 * of the site; say so, since the author surely meant it to count.
 */
export function ignoredFileProblems(paths: readonly string[]): Problem[] {
  return paths.map((path) =>
    problemAt(fileStart, path, [], `fixpath does not read this file; content files are ${LAYOUT_DESCRIPTION}`, 'warning'),
  );
}
