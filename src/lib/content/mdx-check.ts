/**
 * Does each MDX body compile? A stray `{` or `<` in prose is MDX code, and the site build would
 * stop on it; this finds it first and says where, in the author's file (body lines are shifted by
 * the frontmatter above them). Async because @mdx-js/mdx compiles asynchronously.
 */
import { compile } from '@mdx-js/mdx';
import type { VFile } from 'vfile';
import type { MdxBody } from './load.ts';
import type { Problem } from './model.ts';

const CODE_IN_PROSE = '; in prose, "{", "}" and "<" start MDX code: put commands, config and error text in backticks';

/** The parts of a VFileMessage (what @mdx-js/mdx throws and reports) used here. */
interface MdxMessage {
  reason?: string;
  message?: string;
  line?: number;
  column?: number;
  source?: string;
}

interface TreeNode {
  type: string;
  children?: TreeNode[];
  position?: { start: { line: number; column: number }; end: { line: number; column: number } };
  data?: { estree?: unknown };
}

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
  try {
    const result = await compile(body, { remarkPlugins: [reportVariables] });
    return result.messages.map((m) => problem(m, m.reason));
  } catch (error) {
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

/**
 * `{max_connections}` compiles, then fails when the page renders: the name is undefined. An
 * expression that names a variable is almost always text that meant to be in backticks.
 */
function reportVariables() {
  return (tree: TreeNode, file: VFile) => {
    const visit = (node: TreeNode) => {
      if ((node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') && namesVariable(node.data?.estree)) {
        file.message(`MDX reads this {...} as code that uses an undefined variable, and the page would fail to render${CODE_IN_PROSE}`, node.position);
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}

function namesVariable(node: unknown): boolean {
  if (typeof node !== 'object' || node === null) return false;
  if ((node as { type?: unknown }).type === 'Identifier') return true;
  return Object.entries(node).some(([key, value]) => key !== 'loc' && key !== 'range' && (Array.isArray(value) ? value.some(namesVariable) : namesVariable(value)));
}
