/**
 * Node adapter: validate a whole content directory, as `fixpath validate` and the site build both
 * need it. One function, so the build refuses exactly what the validator reports.
 */
import { ignoredFileProblems, unreadableProblems } from '../lib/content/file-problems.ts';
import type { Problem } from '../lib/content/model.ts';
import { sortProblems } from '../lib/content/problems.ts';
import { validateContent } from '../lib/content/validate.ts';
import { readContent } from './read-content.ts';

export interface DirValidation {
  problems: Problem[];
  /** Files read or found unreadable, for the summary line. */
  fileCount: number;
}

/** Every problem under `dir`, sorted; throws ContentReadError when the directory itself is unreadable. */
export async function validateContentDir(dir: string, now = new Date()): Promise<DirValidation> {
  const read = await readContent(dir);
  const problems = sortProblems([
    ...unreadableProblems(read.unreadable),
    ...ignoredFileProblems(read.ignored),
    ...(await validateContent(read.files, { now })),
  ]);
  return { problems, fileCount: read.files.length + read.unreadable.length };
}
