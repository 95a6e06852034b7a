/**
 * Content never becomes code (shared/spec/content-format.md, "MDX bodies"). Runbooks arrive by
 * pull request from people outside the team, and MDX is a programming language: `import`/`export`
 * run at build time, `{...}` runs when the page renders, and raw `<script>`, `on*=` handlers or
 * `javascript:` links run in every reader's browser. This remark step walks the parsed body and
 * names each such construct at its line; the validator runs it (mdx-check.ts), and the site build
 * runs the validator before it renders anything, so both refuse the same bodies.
 */
/** Elements that run code or pull in another document, whatever their attributes. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'style', 'frame', 'frameset', 'base', 'meta', 'link']);

/**
 * Schemes that turn a link or an image into code or into a document the site did not write.
 * Browsers ignore ASCII tabs, newlines and leading spaces and controls in a URL, and schemes are
 * case-insensitive, so those are removed before comparing: `Java\tScript:` is `javascript:`.
 */
const UNSAFE_SCHEME = /^(javascript|data|vbscript):/;

/** The scheme of `url` when it is one that runs code, else undefined. */
export function unsafeScheme(url: string): string | undefined {
  let folded = '';
  for (const ch of url) if (ch > ' ' && ch !== '\u007f') folded += ch.toLowerCase();
  return UNSAFE_SCHEME.exec(folded)?.[1];
}

/** The message for a URL with a scheme that runs code, shared by bodies and frontmatter. */
export function unsafeUrlMessage(scheme: string): string {
  return `"${scheme}:" URLs are not allowed: content never runs code; link to an http(s) address or a page of the site`;
}

export interface Position {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
  position?: Position;
}

interface TreeNode {
  type: string;
  name?: string | null;
  url?: string;
  attributes?: Attribute[];
  children?: TreeNode[];
  position?: Position;
  data?: { estree?: unknown };
}

const CODE = 'content never runs code';

/** Where messages go: a VFile in a unified pipeline, or any collector with the same method. */
export interface MessageSink {
  message(reason: string, place?: Position): unknown;
}

/** The remark plugin: one message per construct that would run code. */
export function refuseCode() {
  return (tree: TreeNode, file: MessageSink) => {
    const report = (message: string, node: { position?: Position }) => file.message(message, node.position);
    const stack: TreeNode[] = [tree];
    // An explicit stack: a body nested thousands of levels deep must not overflow the call stack.
    while (stack.length) {
      const node = stack.pop()!;
      checkNode(node, report);
      if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  };
}

function checkNode(node: TreeNode, report: (message: string, at: { position?: Position }) => void): void {
  switch (node.type) {
    case 'mdxjsEsm':
      report(`import and export statements are not allowed: ${CODE} (the components the site provides need no import)`, node);
      return;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (!isLiteralText(node.data?.estree)) report(expressionMessage('{...}'), node);
      return;
    case 'link':
    case 'image':
    case 'definition': {
      const scheme = node.url === undefined ? undefined : unsafeScheme(node.url);
      if (scheme) report(unsafeUrlMessage(scheme), node);
      return;
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      checkElement(node, report);
  }
}

function checkElement(node: TreeNode, report: (message: string, at: { position?: Position }) => void): void {
  const name = node.name ?? '';
  if (FORBIDDEN_ELEMENTS.has(name.toLowerCase())) {
    report(`<${name}> is not allowed: ${CODE}; show code in a fenced code block instead`, node);
  }
  for (const attribute of node.attributes ?? []) {
    const at = attribute.position ? attribute : node;
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(expressionMessage(`<${name} {...}>`), at);
      continue;
    }
    const attr = attribute.name ?? '';
    if (/^on/i.test(attr)) {
      report(`the event handler attribute "${attr}" is not allowed on <${name}>: ${CODE}`, at);
    } else if (typeof attribute.value === 'object' && attribute.value !== null) {
      // `attr={...}`: an attribute value expression, literal text or not, is code to MDX.
      const estree = (attribute.value as { data?: { estree?: unknown } }).data?.estree;
      if (!isLiteralText(estree)) report(expressionMessage(`${attr}={...}`), at);
    } else if (typeof attribute.value === 'string') {
      const scheme = unsafeScheme(attribute.value);
      if (scheme) report(`${attr}: ${unsafeUrlMessage(scheme)}`, at);
    }
  }
}

/** Most braces and angle brackets in a body are text that meant to be code-formatted. */
export const CODE_IN_PROSE = '; in prose, "{", "}" and "<" start MDX code: put commands, config and error text in backticks';

function expressionMessage(what: string): string {
  return `JavaScript expressions (${what}) are not allowed: ${CODE}${CODE_IN_PROSE}`;
}

/**
 * `{/* a hint *\/}` (nothing but a comment) and `{"text"}` (a literal) are text, not code: the
 * skeletons of `fixpath new` use the first. Anything else is an expression that runs.
 */
function isLiteralText(estree: unknown): boolean {
  const body = (estree as { body?: { type: string; expression?: { type: string; value?: unknown } }[] } | undefined)?.body;
  if (!body) return false;
  if (body.length === 0) return true;
  if (body.length !== 1) return false;
  const [statement] = body;
  return statement!.type === 'ExpressionStatement' && statement!.expression?.type === 'Literal' && typeof statement!.expression.value !== 'object';
}
