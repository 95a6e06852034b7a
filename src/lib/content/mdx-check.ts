/**
 * Does each MDX body compile, without code in it? A stray `{` or `<` in prose is MDX code, and the
 * site build would stop on it; `import`, expressions, `<script>` and the like would run
 * (mdx-safety.ts). This finds them first and says where, in the author's file (body lines are
 * shifted by the frontmatter above them). The body is parsed, not compiled: syntax errors come from
 * the parser, and generating JavaScript for every body cost ten times more.
 */
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { MdxBody } from './load.ts';
import { CODE_IN_PROSE, refuseCode, type Position } from './mdx-safety.ts';
import type { Problem } from './model.ts';
import { tooDeepLine } from './nesting.ts';
import { isStackOverflow, TOO_DEEP } from './problems.ts';

/** The parts of a VFileMessage (what @mdx-js/mdx throws and reports) used here. */
interface MdxMessage {
  reason?: string;
  message?: string;
  line?: number;
  column?: number;
  source?: string;
}

const mdx = unified().use(remarkParse).use(remarkMdx);

export async function checkMdx(bodies: readonly MdxBody[]): Promise<Problem[]> {
  const results = await Promise.all(bodies.map(checkBody));
  return results.flat();
}

async function checkBody({ file, body, bodyLine }: MdxBody): Promise<Problem[]> {
  const problem = (message: MdxMessage, text: string): Problem => ({
    severity: 'error',
    file,
    line: bodyLine + (message.line ?? lineInReason(message) ?? 1) - 1,
    column: message.column ?? 1,
    field: 'body',
    message: text,
  });
  const deep = tooDeepLine(body);
  if (deep !== undefined) return [problem({ line: deep }, TOO_DEEP)];
  try {
    const problems: Problem[] = [];
    const sink = { message: (reason: string, place?: Position) => problems.push(problem(place?.start ?? {}, reason)) };
    refuseCode()(mdx.parse(body) as Parameters<ReturnType<typeof refuseCode>>[0], sink);
    return problems;
  } catch (error) {
    // Quotes in quotes or lists in lists thousands of levels deep overflow the parser.
    if (isStackOverflow(error)) return [problem({}, TOO_DEEP)];
    const message = (typeof error === 'object' && error !== null ? error : { reason: String(error) }) as MdxMessage;
    const reason = message.reason ?? message.message ?? String(error);
    const hint = /^(micromark-extension-mdx|mdast-util-mdx)/.test(message.source ?? '') ? CODE_IN_PROSE : '';
    return [problem(message, `MDX does not compile: ${reason}${hint}`)];
  }
}

/** Some MDX errors give their place only inside the reason: `Expected a closing tag for <div> (3:1-3:6)`. */
function lineInReason(message: MdxMessage): number | undefined {
  const match = /\((\d+):\d+-/.exec(message.reason ?? '');
  return match ? Number(match[1]) : undefined;
}
