/**
 * Everything `fixpath validate` checks, in one call: each file against the schema, the references
 * between files, the warnings of shared/spec/cli.md and the quality warnings (quality.ts), and
 * that every MDX body compiles.
 */
import { parseContent } from './load.ts';
import { checkMdx } from './mdx-check.ts';
import type { ContentFile, Problem } from './model.ts';
import { sortProblems } from './problems.ts';
import { qualityWarnings } from './quality.ts';
import { contentWarnings } from './warnings.ts';

export interface ValidateOptions {
  /** Today, for "not reviewed for a year". */
  now: Date;
}

/** Every problem in the content, sorted by file, line and column. */
export async function validateContent(files: ContentFile[], { now }: ValidateOptions): Promise<Problem[]> {
  const { kb, problems, locate, bodies } = parseContent(files);
  const warnings = [
    ...contentWarnings(kb, { now, locate }),
    ...qualityWarnings({ kb, locate, bodies, files: files.map((f) => f.path) }),
  ];
  return sortProblems([...problems, ...warnings, ...(await checkMdx(bodies))]);
}
