/**
 * The import graph of a source tree, and the boundaries it must hold (docs/architecture.md):
 * - src/lib is shared by the build, the CLI and the browser: nothing it reaches, however many
 *   imports away, may be a Node built-in (`node:fs` or bare `fs`), Astro (`astro:*`, `astro/...`),
 *   a file outside src/lib (src/node above all), or use a DOM global (`document`, `localStorage`...)
 *   or Node's `process` and `console` (take a logger);
 * - src/client runs in the browser: it may not reach a Node built-in or src/node;
 * - nothing under src/ imports a test file.
 * Files are parsed with TypeScript (type-only imports are erased, so they do not count); `.astro`
 * files contribute their frontmatter and `<script>` blocks. Relative specifiers are resolved as
 * Node and Vite do (`.ts` written out, `?raw` suffixes dropped); packages are not followed.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

/** What a file pulls in: files it imports, other specifiers, and the globals it uses. */
interface FileFacts {
  files: string[];
  /** Specifiers that are not relative (packages, built-ins, `astro:content`). */
  bare: string[];
  /** Relative specifiers that name no file. */
  unresolved: string[];
  domGlobals: string[];
  nodeGlobals: string[];
}

const BUILTINS = new Set(builtinModules);
const DOM_GLOBALS = new Set([
  'document', 'window', 'localStorage', 'sessionStorage', 'navigator', 'location', 'history', 'DOMParser',
  'customElements', 'requestAnimationFrame', 'getComputedStyle', 'matchMedia', 'addEventListener',
  'HTMLElement', 'HTMLInputElement', 'HTMLAnchorElement', 'HTMLTemplateElement', 'Element', 'MutationObserver',
]);
const NODE_GLOBALS = new Set(['process', 'console', 'Buffer', 'require', '__dirname', '__filename']);
const SOURCE = /\.(ts|tsx|mts|js|mjs|astro)$/;

export const isBuiltin = (specifier: string) => specifier.startsWith('node:') || BUILTINS.has(specifier.split('/')[0]!) || BUILTINS.has(specifier);
export const isAstro = (specifier: string) => /^(astro:|astro$|astro\/|@astrojs\/)/.test(specifier);
export const isTestFile = (file: string) => /(^|\/)tests\//.test(file) || /\.(test|spec)\.[cm]?[jt]sx?$/.test(file);

/** The code of a file as TypeScript sees it: a `.astro` file's frontmatter and scripts. */
function codeOf(file: string, text: string): string {
  if (!file.endsWith('.astro')) return text;
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script(?![^>]*\bis:inline)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [frontmatter, ...scripts].join('\n;\n');
}

function resolveRelative(from: string, specifier: string): string | undefined {
  const target = path.resolve(path.dirname(from), specifier.replace(/\?.*$/, ''));
  for (const candidate of [target, `${target}.ts`, `${target}.js`, path.join(target, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** Whether an identifier node is a reference to a variable (not a property name, a declaration or a type). */
function isValueReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if (ts.isQualifiedName(parent) && parent.right === node) return false;
  if ((ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent) || ts.isPropertySignature(parent)) && parent.name === node) return false;
  if (ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent) || ts.isImportClause(parent) || ts.isNamespaceImport(parent)) return false;
  for (let up: ts.Node | undefined = parent; up; up = up.parent) if (ts.isTypeNode(up) || ts.isInterfaceDeclaration(up) || ts.isTypeAliasDeclaration(up)) return false;
  return true;
}

/** Names declared anywhere in the file: a local `location` is not the DOM's. */
function declaredNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node) => {
    const name = (node as { name?: ts.Node }).name;
    if (
      name && ts.isIdentifier(name) &&
      (ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isFunctionDeclaration(node) || ts.isBindingElement(node) ||
        ts.isClassDeclaration(node) || ts.isImportSpecifier(node) || ts.isImportClause(node) || ts.isNamespaceImport(node))
    )
      names.add(name.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

export function factsOf(file: string): FileFacts {
  const code = codeOf(file, readFileSync(file, 'utf8'));
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const facts: FileFacts = { files: [], bare: [], unresolved: [], domGlobals: [], nodeGlobals: [] };
  const add = (specifier: string) => {
    if (!specifier.startsWith('.')) facts.bare.push(specifier);
    else {
      const resolved = resolveRelative(file, specifier);
      if (resolved) facts.files.push(resolved);
      else facts.unresolved.push(specifier);
    }
  };
  const declared = declaredNames(source);
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly && ts.isStringLiteral(node.moduleSpecifier)) add(node.moduleSpecifier.text);
    else if (ts.isExportDeclaration(node) && !node.isTypeOnly && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) add(node.moduleSpecifier.text);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteralLike(argument)) add(argument.text);
    } else if (ts.isIdentifier(node) && !declared.has(node.text) && isValueReference(node)) {
      if (DOM_GLOBALS.has(node.text)) facts.domGlobals.push(node.text);
      if (NODE_GLOBALS.has(node.text)) facts.nodeGlobals.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return facts;
}

/** Every source file under `dir`, absolute, sorted. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => SOURCE.test(name))
    .map((name) => path.join(dir, name))
    .sort();
}

interface Rule {
  /** Which files the rule starts from. */
  scope: string;
  applies: (file: string) => boolean;
  /** What a reached file must not import or use: the thing, and what kind of thing it is. */
  check: (file: string, facts: FileFacts) => Broken[];
}

interface Broken {
  target: string;
  what: string;
}

/** The boundaries of a tree whose sources are under `<root>/src`. */
export function boundaryRules(root: string): Rule[] {
  const src = (folder: string) => path.join(root, 'src', folder) + path.sep;
  const inside = (folder: string) => (file: string) => file.startsWith(src(folder));
  const inLib = inside('lib');
  const inNode = inside('node');
  return [
    {
      scope: 'src/lib',
      applies: inLib,
      check: (file, facts) => [
        ...facts.bare.filter(isBuiltin).map((target) => ({ target, what: 'a Node built-in' })),
        ...facts.bare.filter(isAstro).map((target) => ({ target, what: 'Astro' })),
        ...facts.files
          .filter((f) => !inLib(f) && !isTestFile(f))
          .map((f) => ({ target: show(root, f), what: inNode(f) ? 'src/node' : 'a file outside src/lib' })),
        ...unique(facts.domGlobals).map((target) => ({ target, what: 'a DOM global' })),
        ...(inLib(file) ? unique(facts.nodeGlobals).map((target) => ({ target, what: 'a Node global' })) : []),
      ],
    },
    {
      scope: 'src/client',
      applies: inside('client'),
      check: (_file, facts) => [
        ...facts.bare.filter(isBuiltin).map((target) => ({ target, what: 'a Node built-in' })),
        ...facts.files.filter(inNode).map((f) => ({ target: show(root, f), what: 'src/node' })),
      ],
    },
    {
      scope: 'src',
      applies: () => true,
      check: (_file, facts) => [
        ...facts.files.filter(isTestFile).map((f) => ({ target: show(root, f), what: 'a test file' })),
        ...facts.unresolved.map((target) => ({ target, what: 'a file that does not exist' })),
      ],
    },
  ];
}

const unique = <T>(items: T[]) => [...new Set(items)];
const show = (root: string, file: string) => path.relative(root, file).split(path.sep).join('/');

/**
 * Every boundary broken under `<root>/src`, as `scope: a.ts → b.ts → what`: the shortest chain of
 * imports from a file of the scope to the file that breaks it, once per broken thing.
 */
export function boundaryViolations(root: string): string[] {
  const files = sourceFiles(path.join(root, 'src'));
  const facts = new Map<string, FileFacts>();
  const factsFor = (file: string) => {
    let known = facts.get(file);
    if (!known) facts.set(file, (known = SOURCE.test(file) ? factsOf(file) : { files: [], bare: [], unresolved: [], domGlobals: [], nodeGlobals: [] }));
    return known;
  };
  const found = new Map<string, { line: string; length: number }>();
  for (const rule of boundaryRules(root)) {
    for (const start of files.filter(rule.applies)) {
      // Breadth first: the first chain to a file is a shortest one.
      const chain = new Map<string, string[]>([[start, [start]]]);
      const queue = [start];
      for (let file = queue.shift(); file; file = queue.shift()) {
        const fileFacts = factsFor(file);
        for (const { target, what } of rule.check(file, fileFacts)) {
          const key = `${rule.scope}|${show(root, file)}|${target}`;
          const route = [...chain.get(file)!.map((f) => show(root, f)), target];
          const previous = found.get(key);
          if (!previous || previous.length > route.length) found.set(key, { line: `${rule.scope} reaches ${what}: ${route.join(' → ')}`, length: route.length });
        }
        // Test files and files outside src are reported, not followed.
        for (const next of fileFacts.files) {
          if (chain.has(next) || isTestFile(next) || !next.startsWith(path.join(root, 'src') + path.sep)) continue;
          chain.set(next, [...chain.get(file)!, next]);
          queue.push(next);
        }
      }
    }
  }
  return [...found.values()].map((v) => v.line).sort();
}
