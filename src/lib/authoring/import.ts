/**
 * `fixpath import`: turn existing Markdown or Docusaurus runbook pages into fixpath runbooks.
 *
 * A page is read as Markdown (remark-parse). Sections are recognised by their label, written as a
 * heading (`## Symptoms`, `### 原因`) or as a bold line of its own (`**症状**:`, the style of
 * many Docusaurus operations pages):
 * - 症状 / 現象 / Symptoms → `symptoms` (one per list item)
 * - 原因 / Causes → `causes` (one per list item)
 * - 対応 / 対処 / 解決 / 手順 / Resolution / Solution(s) → `solutions`, one per sub-heading or one for
 *   the section, with `steps` from list items and from the commands of shell code blocks
 * - 概要 / Overview → `summary`
 * Everything else of a runbook is kept, in order, as its MDX body; each solution's section becomes
 * its `### <solution-id>` detail. A page whose labelled sections sit under several headings
 * (one page of many procedures) gives one runbook per heading; what lies outside them is reported.
 *
 * Pure: text in, files and a report out. What could not be mapped, and every value that was
 * guessed or filled with a placeholder, is in the report, with its line in the page.
 */
import type { Code, Heading, List, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { flattenCategories } from '../categories/tree.ts';
import { destructiveCommand } from '../content/destructive-steps.ts';
import type { Category, Lang, Severity, SolutionKind } from '../content/schema.ts';
import { localize } from '../i18n/t.ts';
import { mdxFile } from './emit.ts';
import { OUTLINES } from './outline.ts';
import { idFromText } from './skeleton.ts';

export interface ImportOptions {
  /** The taxonomy, to put each runbook in a category that exists. */
  categories: readonly Category[];
  /** Use this category instead of guessing one from the text. */
  category?: string | undefined;
  /** Severity for runbooks whose page does not say (the format requires one); default `medium`. */
  severity?: Severity | undefined;
}

export interface ImportedRunbook {
  id: string;
  /** Relative to the content directory: `runbooks/<top category>/<id>.mdx`. */
  path: string;
  text: string;
}

/** Something of the page that did not map cleanly: left out, guessed or filled in. */
export interface ImportNote {
  /** Line in the source page. */
  line: number;
  message: string;
}

export interface ImportResult {
  runbooks: ImportedRunbook[];
  notes: ImportNote[];
}

type Field = 'symptoms' | 'causes' | 'solutions' | 'summary';
interface Label {
  field: Field;
  /** For solution sections: what kind of solution the label implies. */
  kind?: SolutionKind;
}

/** Labels by their normalised text (see `labelKey`). Diagnosis and the like are plain body. */
const LABELS: Record<string, Label> = {};
const label = (field: Field, names: string[], kind?: SolutionKind) => {
  for (const name of names) LABELS[name] = kind ? { field, kind } : { field };
};
label('symptoms', ['症状', '現象', '事象', '発生する症状', 'symptom', 'symptoms']);
label('causes', ['原因', '考えられる原因', '想定される原因', 'cause', 'causes', 'possible causes', 'probable causes']);
label('summary', ['概要', '概略', 'overview', 'summary']);
label('solutions', ['対応', '対処', '対応手順', '対処手順', '対処法', '対処方法', '対応方法', '手順', '応急処置', '暫定対応', '一次対応', 'workaround', 'mitigation', 'solution', 'solutions', 'steps', 'remediation'], 'mitigation');
label('solutions', ['解決', '解決策', '解決方法', '解決手順', '恒久対応', '恒久対策', 'resolution', 'fix'], 'fix');
label('solutions', ['再発防止', '再発防止策', '予防', 'prevention'], 'prevention');

/** Words in a solution's own heading that say its kind better than the section's label. */
const KIND_WORDS: [RegExp, SolutionKind][] = [
  [/再発|予防|prevent|monitor|alert|監視/i, 'prevention'],
  [/恒久|根本|permanent|fix/i, 'fix'],
  [/暫定|応急|一次|workaround|mitigat|restart|再起動/i, 'mitigation'],
];

/** Docusaurus frontmatter keys that only order or address the page in the Docusaurus site. */
const DOCUSAURUS_ONLY = new Set(['sidebar_position', 'sidebar_label', 'sidebar_class_name', 'slug', 'id', 'hide_title', 'hide_table_of_contents', 'pagination_next', 'pagination_prev', 'displayed_sidebar', 'custom_edit_url', 'keywords', 'image', 'last_update']);

/** Cause and solution ids are typed in incidents (`runbook#solution`): keep them short. */
const ITEM_ID_LENGTH = 32;

const SHELL_LANGS = new Set(['', 'bash', 'sh', 'shell', 'console', 'zsh', 'powershell', 'ps1', 'cmd']);

/** A labelled section: where it starts (its marker node) and the nodes it holds. */
interface Section {
  label: Label;
  /** The label as written, emoji and punctuation removed: used as a heading in the body. */
  text: string;
  marker: number;
  /** Indexes of the content nodes (after the marker). */
  nodes: number[];
}

/** A runbook-to-be: a heading (or the whole page) and the nodes under it. */
interface Unit {
  /** Index of the heading node; -1 for the whole page. */
  heading: number;
  depth: number;
  start: number;
  end: number;
}

export function importPage(file: { path: string; text: string }, options: ImportOptions): ImportResult {
  const notes: ImportNote[] = [];
  const { data, body, bodyLine } = frontmatterOf(file.text);
  // remark counts lines from the start of the body; the report counts them in the page.
  const fileLine = (line: number) => line + bodyLine - 1;
  const note = (line: number, message: string) => notes.push({ line: fileLine(line), message });
  for (const key of Object.keys(data)) {
    if (DOCUSAURUS_ONLY.has(key)) notes.push({ line: 1, message: `frontmatter "${key}" left out: it only places the page in a Docusaurus site` });
    else if (!['title', 'tags', 'description'].includes(key)) notes.push({ line: 1, message: `frontmatter "${key}" left out: fixpath has no such field` });
  }

  const tree = unified().use(remarkParse).parse(body) as Root;
  const nodes = tree.children;
  const source = (i: number) => slice(body, nodes[i]!);
  const lineOf = (i: number) => nodes[i]?.position?.start.line ?? 1;
  const labels = nodes.map((node) => labelOf(node));

  const units = findUnits(nodes, labels);
  if (!units.length) {
    notes.push({ line: bodyLine, message: 'no section labelled 症状/Symptoms, 原因/Causes or 対応/Resolution: nothing imported' });
    return { runbooks: [], notes };
  }
  reportOutside(nodes, units, note, fileLine);

  // Two procedures of one page may slugify alike; ids already in the content are the caller's to check.
  const taken = new Set<string>();
  const lang = detectLang(body);
  const outline = OUTLINES[lang].runbook;
  const pageTitle = typeof data.title === 'string' ? data.title : undefined;
  const fileSlug = idFromText(file.path.replace(/^.*\//, '').replace(/\.mdx?$/, '')) || 'imported';
  const tags = Array.isArray(data.tags) ? data.tags.map(String) : [];

  const runbooks = units.map((unit, n) => {
    const h1 = unit.heading < 0 ? nodes.findIndex((node) => node.type === 'heading' && node.depth === 1) : -1;
    const title =
      unit.heading >= 0 ? cleanLabel(toString(nodes[unit.heading]!)) : (pageTitle ?? (h1 >= 0 ? cleanLabel(toString(nodes[h1]!)) : fileSlug));
    const at = unit.heading >= 0 ? lineOf(unit.heading) : 1;
    const sections = sectionsOf(nodes, labels, unit);

    const symptoms = sections.filter((s) => s.label.field === 'symptoms').flatMap((s) => itemsOf(body, nodes, s.nodes));
    if (!symptoms.length) note(at, `"${title}": no symptoms found; add at least one before fixpath validate passes`);

    const causes = sections
      .filter((s) => s.label.field === 'causes')
      .flatMap((s) => itemsOf(body, nodes, s.nodes))
      .map((text, i) => ({ id: idFromText(text, ITEM_ID_LENGTH) || `cause-${i + 1}`, title: text }));
    if (!causes.length) {
      causes.push({ id: outline.cause.id, title: outline.cause.title });
      note(at, `"${title}": no causes found; wrote a placeholder cause "${outline.cause.id}" to replace`);
    }

    const solutions = solutionsOf(body, nodes, sections);
    if (!solutions.length) {
      const first = outline.solutions[0]!;
      solutions.push({ id: first.id, title: first.title, kind: first.kind, steps: [first.step], heading: -1 });
      note(at, `"${title}": no solution section found; wrote a placeholder solution "${first.id}" to replace`);
    }
    for (const s of solutions) {
      if (!s.steps.length) note(at, `"${title}": solution "${s.id}" has no list or shell commands to take steps from; its section is kept in the body`);
      const destructive = s.steps.map(destructiveCommand).find(Boolean);
      if (destructive) note(at, `"${title}": solution "${s.id}" runs "${destructive.command}" (${destructive.effect}); set to risk: medium, check it`);
    }

    const overview = sections.find((s) => s.label.field === 'summary');
    const description = unit.heading < 0 && typeof data.description === 'string' ? data.description : undefined;
    const summary = overview ? paragraphsOf(nodes, overview.nodes)[0] : description;

    let categoryPath = options.category;
    if (!categoryPath) {
      const unitText = nodes.slice(unit.start, unit.end).map((node) => slice(body, node)).join('\n');
      const guess = guessCategory(`${title}\n${title}\n${title}\n${unitText}`, options.categories, lang);
      categoryPath = guess.path;
      note(at, guess.matched ? `"${title}": category "${guess.path}" guessed from "${guess.matched}"; check it` : `"${title}": no category matched the text; set to "${guess.path}", change it`);
    }
    if (!options.severity) note(at, `"${title}": the page gives no severity; set to "medium"`);

    let id = idFromText(title) || (units.length > 1 ? `${fileSlug}-${n + 1}` : fileSlug);
    if (!idFromText(title)) note(at, `"${title}": id "${id}" made from the file name (the title has no latin letters); rename the file to a better id`);
    for (let k = 2; taken.has(id); k++) id = `${id.replace(/-\d+$/, '')}-${k}`;
    taken.add(id);

    const frontmatter = {
      title,
      ...(summary ? { summary } : {}),
      category: categoryPath,
      severity: options.severity ?? 'medium',
      lang,
      symptoms,
      causes,
      solutions: solutions.map(({ heading: _heading, steps, ...s }) => ({
        ...s,
        ...(steps.some((step) => destructiveCommand(step)) ? { risk: 'medium' } : {}),
        ...(steps.length ? { steps } : {}),
      })),
      ...(tags.length ? { tags } : {}),
    };
    const text = mdxFile(frontmatter, bodyOf(body, nodes, unit, sections, solutions, h1));
    return { id, path: `runbooks/${categoryPath.split('/')[0]}/${id}.mdx`, text };
  });
  notes.sort((a, b) => a.line - b.line);
  return { runbooks, notes };
}

// ---------------------------------------------------------------- the page's structure

function frontmatterOf(text: string): { data: Record<string, unknown>; body: string; bodyLine: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text.replace(/^\uFEFF/, ''));
  if (!match) return { data: {}, body: text, bodyLine: 1 };
  let data: unknown;
  try {
    data = parseYaml(match[1]!);
  } catch {
    data = {};
  }
  const bodyLine = match[0].split('\n').length;
  return { data: typeof data === 'object' && data ? (data as Record<string, unknown>) : {}, body: text.slice(match[0].length), bodyLine };
}

/** Emoji, numbering, colons and brackets around a label or title removed. */
function cleanLabel(text: string): string {
  return text
    .replace(/[\p{Extended_Pictographic}\uFE0F\u200D]/gu, '')
    .replace(/^\s*(?:\d+[.)]|[-*•])\s*/, '')
    .replace(/[:：]\s*$/, '')
    .trim();
}

function labelKey(text: string): string {
  return cleanLabel(text).replace(/^[[(【「]|[\])】」]$/g, '').toLowerCase().replace(/\s+/g, ' ');
}

/** A paragraph that is only bold text (and a colon) is a heading in all but name: `**確認手順**:`. */
function pseudoHeading(node: RootContent): string | undefined {
  if (node.type !== 'paragraph' || node.children[0]?.type !== 'strong') return undefined;
  const rest = node.children.slice(1).map((c) => toString(c)).join('').trim();
  return rest === '' || rest === ':' || rest === '：' ? cleanLabel(toString(node.children[0])) : undefined;
}

/** The label a node is: a heading or a pseudo-heading whose text is a known label. */
function labelOf(node: RootContent): { label: Label; text: string } | undefined {
  const text = node.type === 'heading' ? toString(node) : pseudoHeading(node);
  const found = text === undefined ? undefined : LABELS[labelKey(text)];
  return found && text !== undefined ? { label: found, text: cleanLabel(text) } : undefined;
}

/**
 * The runbooks of a page: each heading that owns a symptoms or solutions label. A label's owner
 * is the closest heading above it that is not a label (and is shallower, for a heading label);
 * the page's only `#` title, or no heading at all, means the whole page.
 */
function findUnits(nodes: RootContent[], labels: ReturnType<typeof labelOf>[]): Unit[] {
  const h1s = nodes.filter((n) => n.type === 'heading' && n.depth === 1).length;
  const owners = new Set<number>();
  nodes.forEach((node, i) => {
    const found = labels[i];
    if (!found || (found.label.field !== 'symptoms' && found.label.field !== 'solutions')) return;
    const depth = node.type === 'heading' ? node.depth : 7;
    let owner = -1;
    for (let j = i - 1; j >= 0; j--) {
      const above = nodes[j]!;
      if (above.type === 'heading' && !labels[j] && above.depth < depth) {
        owner = above.depth === 1 && h1s === 1 ? -1 : j;
        break;
      }
    }
    owners.add(owner);
  });
  // A procedure inside another one's range belongs to the inner one; the whole page only when alone.
  if (owners.size > 1) owners.delete(-1);
  return [...owners].sort((a, b) => a - b).map((heading) => {
    if (heading < 0) return { heading, depth: 0, start: 0, end: nodes.length };
    const depth = (nodes[heading] as Heading).depth;
    let end = heading + 1;
    while (end < nodes.length && !(nodes[end]!.type === 'heading' && (nodes[end] as Heading).depth <= depth)) end++;
    return { heading, depth, start: heading + 1, end };
  });
}

/** The labelled sections of a unit, each with the nodes up to the next label or enclosing heading. */
function sectionsOf(nodes: RootContent[], labels: ReturnType<typeof labelOf>[], unit: Unit): Section[] {
  const sections: Section[] = [];
  let current: Section | undefined;
  let currentDepth = 7;
  for (let i = unit.start; i < unit.end; i++) {
    const node = nodes[i]!;
    const found = labels[i];
    if (found) {
      current = { label: found.label, text: found.text, marker: i, nodes: [] };
      currentDepth = node.type === 'heading' ? node.depth : 7;
      sections.push(current);
    } else if ((node.type === 'heading' && node.depth <= currentDepth) || pseudoHeading(node) !== undefined) {
      // Any other heading at the label's level, or any other bold label, ends the section.
      current = undefined;
    } else if (current && node.type !== 'thematicBreak') current.nodes.push(i);
  }
  return sections;
}

function reportOutside(nodes: RootContent[], units: Unit[], note: (line: number, message: string) => void, fileLine: (line: number) => number): void {
  if (units.some((u) => u.heading < 0)) return;
  const inside = (i: number) => units.some((u) => i >= u.heading && i < u.end);
  let run: number[] = [];
  const flush = () => {
    const headings = run.filter((i) => nodes[i]!.type === 'heading' && (nodes[i] as Heading).depth <= 3).map((i) => cleanLabel(toString(nodes[i]!)));
    const substantive = run.some((i) => nodes[i]!.type !== 'thematicBreak' && nodes[i]!.type !== 'heading');
    if (substantive) {
      const from = nodes[run[0]!]!.position!.start.line;
      const to = nodes[run[run.length - 1]!]!.position!.end.line;
      note(from, `lines ${fileLine(from)}-${fileLine(to)} left out, not part of a runbook${headings.length ? `: ${headings.join(', ')}` : ''}`);
    }
    run = [];
  };
  nodes.forEach((_, i) => (inside(i) ? flush() : run.push(i)));
  flush();
}

// ---------------------------------------------------------------- values

function slice(text: string, node: { position?: { start: { offset?: number }; end: { offset?: number } } | undefined }): string {
  return text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
}

/** One line of text from Markdown source: list marker and bold removed, inline code kept. */
function oneLine(markdown: string): string {
  return markdown
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/** List items (their first paragraph) of the given nodes, else their paragraphs. */
function itemsOf(body: string, nodes: RootContent[], indexes: number[]): string[] {
  const lists = indexes.map((i) => nodes[i]!).filter((n): n is List => n.type === 'list');
  if (lists.length) {
    return lists.flatMap((list) =>
      list.children.map((item) => oneLine(item.children[0] ? slice(body, item.children[0]) : '')).filter(Boolean),
    );
  }
  return paragraphsOf(nodes, indexes, body);
}

function paragraphsOf(nodes: RootContent[], indexes: number[], body?: string): string[] {
  return indexes
    .map((i) => nodes[i]!)
    .filter((n) => n.type === 'paragraph')
    .map((n) => oneLine(body ? slice(body, n) : toString(n)))
    .filter(Boolean);
}

interface ImportedSolution {
  id: string;
  title: string;
  kind: SolutionKind;
  steps: string[];
  /** The node that heads its detail in the body: a sub-heading, the section's marker, or -1. */
  heading: number;
}

/**
 * One solution per sub-heading of a solution section (`### Remove old logs`), or one for the whole
 * section, titled by the section's label.
 */
function solutionsOf(body: string, nodes: RootContent[], sections: Section[]): ImportedSolution[] {
  const solutions: ImportedSolution[] = [];
  const used = new Set<string>();
  const add = (title: string, kind: SolutionKind, indexes: number[], heading: number) => {
    const base = idFromText(title, ITEM_ID_LENGTH) || kind;
    let id = base;
    for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
    used.add(id);
    solutions.push({ id, title, kind, steps: stepsOf(body, nodes, indexes), heading });
  };
  for (const section of sections.filter((s) => s.label.field === 'solutions')) {
    const subheadings = section.nodes.filter((i) => nodes[i]!.type === 'heading');
    const kind = section.label.kind ?? 'mitigation';
    if (!subheadings.length) {
      add(section.text, kind, section.nodes, section.marker);
      continue;
    }
    const intro = section.nodes.filter((i) => i < subheadings[0]!);
    if (intro.some((i) => stepsOf(body, nodes, [i]).length)) add(section.text, kind, intro, section.marker);
    subheadings.forEach((h, k) => {
      const title = cleanLabel(toString(nodes[h]!));
      const own = section.nodes.filter((i) => i > h && i < (subheadings[k + 1] ?? Infinity));
      add(title, KIND_WORDS.find(([re]) => re.test(title))?.[1] ?? kind, own, h);
    });
  }
  return solutions;
}

/** Steps: list items as written, and each command of a shell code block with the comment above it. */
function stepsOf(body: string, nodes: RootContent[], indexes: number[]): string[] {
  return indexes.flatMap((i) => {
    const node = nodes[i]!;
    if (node.type === 'list') return node.children.map((item) => oneLine(item.children[0] ? slice(body, item.children[0]) : '')).filter(Boolean);
    if (node.type === 'code' && SHELL_LANGS.has((node.lang ?? '').toLowerCase())) return commandsOf(node);
    return [];
  });
}

function commandsOf(code: Code): string[] {
  const steps: string[] = [];
  let comment: string[] = [];
  let command = '';
  const flushComment = () => {
    if (comment.length) steps.push(comment.join(': '));
    comment = [];
  };
  for (const raw of code.value.split('\n')) {
    const line = raw.trim();
    if (command) {
      command += ` ${line.replace(/\\$/, '').trim()}`;
      if (!line.endsWith('\\')) finish();
      continue;
    }
    if (!line) flushComment();
    else if (line.startsWith('#')) comment.push(line.replace(/^#+\s*/, '').replace(/^\d+[.)]\s*/, ''));
    else {
      command = line.replace(/\\$/, '').trim();
      if (!line.endsWith('\\')) finish();
    }
  }
  flushComment();
  return steps;

  function finish() {
    const fence = command.includes('`') ? '`` ' : '`';
    const quoted = `${fence}${command}${fence.split('').reverse().join('')}`;
    steps.push(comment.length ? `${comment.join(': ')}: ${quoted}` : quoted);
    comment = [];
    command = '';
  }
}

function detectLang(text: string): Lang {
  return /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(text) ? 'ja' : 'en';
}

/**
 * The category whose id and titles (in either language) occur most often in the text (the caller
 * repeats the title to weigh it); deeper categories win ties. The first category when nothing matches.
 */
function guessCategory(text: string, categories: readonly Category[], lang: Lang): { path: string; matched?: string } {
  const haystack = text.toLowerCase();
  let best: { path: string; score: number; depth: number; matched: string } | undefined;
  for (const node of flattenCategories(categories)) {
    const names = [node.category.id, localize(node.category.title, 'ja'), localize(node.category.title, 'en'), localize(node.category.title, lang)]
      .map((n) => n.toLowerCase())
      .filter((n) => n.length > 1);
    const hits = [...new Set(names)].filter((n) => haystack.includes(n));
    const score = hits.reduce((sum, n) => sum + haystack.split(n).length - 1, 0);
    const depth = node.ancestors.length;
    if (score && (!best || score > best.score || (score === best.score && depth > best.depth))) {
      best = { path: node.path, score, depth, matched: hits[0]! };
    }
  }
  if (best) return { path: best.path, matched: best.matched };
  return { path: flattenCategories(categories)[0]?.path ?? 'uncategorized' };
}

// ---------------------------------------------------------------- the body

/**
 * The unit's text as MDX: symptoms and causes sections dropped (they are in the frontmatter), the
 * other labels turned into `##` headings, each solution's heading into `### <solution-id>`, other
 * headings moved up so the unit's first level is `##`. HTML comments, an error in MDX, become
 * MDX comments.
 */
function bodyOf(body: string, nodes: RootContent[], unit: Unit, sections: Section[], solutions: ImportedSolution[], h1: number): string {
  const dropped = new Set(
    sections.filter((s) => s.label.field === 'symptoms' || s.label.field === 'causes').flatMap((s) => [s.marker, ...s.nodes]),
  );
  const labelled = new Map(sections.map((s) => [s.marker, s]));
  const detail = new Map(solutions.map((s) => [s.heading, s]));
  const shift = unit.depth ? unit.depth - 1 : 0;
  const parts: string[] = [];
  for (let i = unit.start; i < unit.end; i++) {
    const node = nodes[i]!;
    if (dropped.has(i) || i === h1 || node.type === 'thematicBreak') continue;
    const section = labelled.get(i);
    const solution = detail.get(i);
    if (section) {
      parts.push(`## ${section.text}`);
      if (solution) parts.push(`### ${solution.id}`);
    } else if (solution) parts.push(`### ${solution.id}`);
    else if (node.type === 'heading') parts.push(`${'#'.repeat(Math.max(2, node.depth - shift))} ${slice(body, node).replace(/^#+\s*/, '')}`);
    else if (pseudoHeading(node) !== undefined) parts.push(`## ${pseudoHeading(node)}`);
    else if (node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value.trim())) parts.push(`{/* ${node.value.trim().slice(4, -3).replace(/\*\//g, '* /').trim()} */}`);
    else parts.push(slice(body, node));
  }
  return parts.join('\n\n');
}
