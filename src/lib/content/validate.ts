/**
 * Everything `fixpath validate` checks, in one call: each file against the schema, the references
 * between files, the warnings of shared/spec/cli.md and the quality warnings (quality.ts), and
 * that every MDX body compiles.
 */
import type { ParsedContent } from './load.ts';
import { checkMdx } from './mdx-check.ts';
import type { Problem } from './model.ts';
import { sortProblems } from './problems.ts';
import { qualityWarnings } from './quality.ts';
import { contentWarnings } from './warnings.ts';

export interface ValidateOptions {
  /** Today, for "not reviewed for a year". */
  now: Date;
}

/**
 * Every problem in parsed content (parseContent, or src/node/content.ts for a folder), sorted by
 * file, line and column: the parse's own problems plus the checks that need the whole knowledge base.
 */
export async function validateContent(content: ParsedContent, { now }: ValidateOptions): Promise<Problem[]> {
  const { kb, problems, locate, bodies, paths } = content;
  const warnings = [
    ...contentWarnings(kb, { now, locate }),
    ...qualityWarnings({ kb, locate, bodies, files: paths }),
  ];
  return sortProblems([...problems, ...warnings, ...(await checkMdx(bodies))]);
}
