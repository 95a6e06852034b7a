/**
 * Files in, knowledge base out: split frontmatter, parse YAML, check every value against the
 * schema, then check the references between files. Files that fail are left out of the knowledge
 * base and reported as problems with the line and column of the field at fault, so one bad entry
 * never hides the others. Nothing here throws on bad content.
 */
import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import type { z } from 'zod';
import { checkCrossReferences } from './cross-refs.ts';
import { describeIssues, type FieldIssue } from './error-messages.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { checkIds } from './ids.ts';
import { collectionOf, idOf, kindOf, type Collection, type ContentKind } from './layout.ts';
import type { ContentFile, Entry, KnowledgeBase, Problem } from './model.ts';
import { createLocator, fieldPath, fileStart, type Locator } from './positions.ts';
import { isStackOverflow, problemAt, TOO_DEEP, type ContentLocator } from './problems.ts';
import {
  categoriesSchema,
  configSchema,
  glossarySchema,
  incidentSchema,
  pathSchema,
  runbookSchema,
} from './schema.ts';
import { closest } from './suggest.ts';
import { unquotedTimes } from './unquoted-times.ts';
import { yamlErrorMessage, yamlErrorOffset } from './yaml-errors.ts';

/** An MDX body, kept for checks that compile it (src/lib/content/mdx-check.ts). */
export interface MdxBody {
  file: string;
  body: string;
  bodyLine: number;
}

export interface ParsedContent {
  kb: KnowledgeBase;
  /** Every problem found, errors and warnings, in no particular order. */
  problems: Problem[];
  /** Where a field is in a file, for checks that run after loading (warnings). */
  locate: ContentLocator;
  /** The body of every MDX file whose frontmatter could be split, valid or not. */
  bodies: MdxBody[];
  /** The path of every file given, valid or not, sorted. */
  paths: string[];
}

/** Parse and check every file; the knowledge base holds the entries that passed. */
export function parseKnowledgeBase(files: ContentFile[]): { kb: KnowledgeBase; problems: Problem[] } {
  const { kb, problems } = parseContent(files);
  return { kb, problems };
}

/** parseKnowledgeBase, plus what the validator needs to run its further checks. */
export function parseContent(files: ContentFile[]): ParsedContent {
  const problems: Problem[] = [];
  const locators = new Map<string, Locator>();
  const locate: ContentLocator = (file, path, target) => (locators.get(file) ?? fileStart)(path, target);
  const bodies: MdxBody[] = [];
  const kb: KnowledgeBase = {
    config: configSchema.parse({}),
    categories: [],
    glossary: [],
    runbooks: [],
    incidents: [],
    paths: [],
  };
  const present: Record<Collection, Set<string>> = { runbooks: new Set(), incidents: new Set(), paths: new Set() };
  let categoriesLoaded = true;

  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const ids = checkIds(sorted.map((f) => f.path));
  problems.push(...ids.problems);

  for (const { path, text } of sorted) {
    const collection = collectionOf(path);
    if (collection) present[collection].add(idOf(path));
    try {
      const loaded = loadFile(path, text);
      if (!loaded) continue;
      problems.push(...loaded.problems);
      if (loaded.locator) locators.set(path, loaded.locator);
      if (loaded.body) bodies.push({ file: path, ...loaded.body });
      const { parsed } = loaded;
      if (path === 'categories.yaml') categoriesLoaded = parsed !== undefined;
      if (!parsed || ids.rejected.has(path)) continue;
      const { body = '', bodyLine = 1 } = loaded.body ?? {};
      const entry = <T>(data: T): Entry<T> => ({ id: idOf(path), file: path, data, body, bodyLine });
      if (parsed.kind === 'config') kb.config = parsed.data;
      else if (parsed.kind === 'categories') kb.categories = parsed.data;
      else if (parsed.kind === 'glossary') kb.glossary = parsed.data;
      else if (parsed.kind === 'paths') kb.paths.push(entry(parsed.data));
      else if (parsed.kind === 'runbooks') kb.runbooks.push(entry(parsed.data));
      else kb.incidents.push(entry(parsed.data));
    } catch (error) {
      // A safety net: bad content must come out as a problem, never as a crash.
      const reason = isStackOverflow(error) ? TOO_DEEP : `could not read this file: ${error instanceof Error ? error.message : String(error)}`;
      problems.push(problemAt(fileStart, path, [], reason));
    }
  }

  problems.push(...checkCrossReferences({ kb, present, categoriesLoaded, locate }));
  return { kb, problems, locate, bodies, paths: sorted.map((f) => f.path) };
}

/** The schema each kind of content file (layout.ts) must match. */
const KINDS = {
  config: configSchema,
  categories: categoriesSchema,
  glossary: glossarySchema,
  paths: pathSchema,
  runbooks: runbookSchema,
  incidents: incidentSchema,
} as const satisfies Record<ContentKind, z.ZodType>;
type Kind = ContentKind;

/** A checked value, tagged with its kind so that each lands in its place with its own type. */
type Parsed = { [K in Kind]: { kind: K; data: z.output<(typeof KINDS)[K]> } }[Kind];

interface LoadedFile {
  /** The checked value; undefined when the file has errors. */
  parsed?: Parsed;
  problems: Problem[];
  locator?: Locator;
  body?: { body: string; bodyLine: number };
}

/** Parse one file and check it against its schema. Undefined for files the format does not know. */
function loadFile(path: string, text: string): LoadedFile | undefined {
  const kind = kindOf(path);
  if (!kind) return undefined;
  const fail = (message: string): LoadedFile => ({ problems: [problemAt(fileStart, path, [], message)] });

  // A byte order mark is invisible in editors; the YAML parser would call it an unexpected scalar.
  let yaml = text.replace(/^\uFEFF/, '');
  let firstLine = 1;
  let body: LoadedFile['body'];
  if (kind === 'runbooks' || kind === 'incidents') {
    const split = splitFrontmatter(text);
    if ('error' in split) return fail(split.error);
    ({ yaml, yamlLine: firstLine } = split);
    body = { body: split.body, bodyLine: split.bodyLine };
  }

  const lineCounter = new LineCounter();
  // YAML 1.2 core schema (the default): timestamps stay text, so offset-less times keep their meaning.
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false });
  const locator = createLocator(doc, lineCounter, firstLine);
  const yamlProblem = (error: YAMLError, severity: Problem['severity']): Problem => {
    const { line, col } = lineCounter.linePos(yamlErrorOffset(yaml, error));
    return { severity, file: path, line: line + firstLine - 1, column: col, field: '', message: yamlErrorMessage(error) };
  };
  const problems = doc.warnings.map((w) => yamlProblem(w, 'warning'));
  // Only the first syntax error: the ones after it are usually the parser losing its footing.
  const syntax = doc.errors[0];
  if (syntax) return { problems: [...problems, yamlProblem(syntax, 'error')], locator, body };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { ...fail(`YAML: ${error instanceof Error ? error.message : String(error)}`), body };
  }
  // An empty config file means "all defaults".
  if (kind === 'config') value ??= {};

  const schema: z.ZodType = KINDS[kind];
  const result = schema.safeParse(value, { reportInput: true });
  const issues: FieldIssue[] = [
    ...(result.success ? [] : describeIssues(schema, result.error.issues)),
    ...(kind === 'incidents' ? unquotedTimes(doc) : []),
    ...(kind === 'config' ? timeZoneIssues(value) : []),
  ];
  for (const issue of issues) {
    problems.push({ severity: 'error', file: path, ...locator(issue.path, issue.target), field: fieldPath(issue.path), message: issue.message });
  }
  // The schema was picked by `kind`, so its output has that kind's type.
  const parsed = issues.length ? undefined : ({ kind, data: result.data } as Parsed);
  return { parsed, problems, locator, body };
}

/**
 * The config's timezone must be one this runtime knows: every date-time without an offset is read
 * in it. Checked on the raw value, so it is reported alongside the config's other mistakes.
 */
function timeZoneIssues(config: unknown): FieldIssue[] {
  const timeZone = (config as { timezone?: unknown } | null)?.timezone;
  if (typeof timeZone !== 'string') return [];
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return [];
  } catch {
    const near = closest(timeZone, Intl.supportedValuesOf('timeZone'));
    const hint = near ? `did you mean "${near}"?` : 'use an IANA name such as "Asia/Tokyo" or "UTC"';
    return [{ path: ['timezone'], target: 'value', message: `unknown time zone "${timeZone}"; ${hint}` }];
  }
}
