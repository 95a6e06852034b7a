/**
 * Every regular expression written in a set of source files, as the engine would compile it:
 * regex literals as they are, and `new RegExp(...)` with its arguments folded from the string
 * constants of the same file (template literals, `+`, `const` names). An argument that cannot be
 * folded fails loudly, so a new pattern cannot slip past the checks that use this list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface FoundRegex {
  /** `file:line`, for the report. */
  at: string;
  source: string;
  flags: string;
}

function fold(node: ts.Expression, consts: Map<string, ts.Expression>, at: string): string {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return fold(node.expression, consts, at);
  if (ts.isTemplateExpression(node))
    return node.head.text + node.templateSpans.map((span) => fold(span.expression, consts, at) + span.literal.text).join('');
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken)
    return fold(node.left, consts, at) + fold(node.right, consts, at);
  if (ts.isIdentifier(node) && consts.has(node.text)) return fold(consts.get(node.text)!, consts, at);
  throw new Error(`${at}: cannot fold the RegExp argument \`${node.getText()}\` to a constant string`);
}

/** The regexes of one TypeScript file. */
export function regexesOf(file: string): FoundRegex[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const consts = new Map<string, ts.Expression>();
  const found: FoundRegex[] = [];
  const where = (node: ts.Node) =>
    `${path.basename(file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const collectConsts = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) consts.set(node.name.text, node.initializer);
    ts.forEachChild(node, collectConsts);
  };
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText();
      const end = text.lastIndexOf('/');
      found.push({ at: where(node), source: text.slice(1, end), flags: text.slice(end + 1) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText() === 'RegExp') {
      const [pattern, flags] = node.arguments ?? [];
      if (!pattern) throw new Error(`${where(node)}: RegExp without a pattern`);
      found.push({ at: where(node), source: fold(pattern, consts, where(node)), flags: flags ? fold(flags, consts, where(node)) : '' });
    }
    ts.forEachChild(node, visit);
  };
  collectConsts(source);
  visit(source);
  return found;
}

/** The regexes of every .ts file directly in these directories. */
export function regexesIn(dirs: string[]): FoundRegex[] {
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.ts'))
      .sort()
      .flatMap((name) => regexesOf(path.join(dir, name))),
  );
}
