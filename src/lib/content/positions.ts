/**
 * Where a field is in the author's file. The schema speaks in field paths (`solutions[1].kind`);
 * authors need a line and a column. `yaml`'s parseDocument keeps the source range of every node,
 * and a LineCounter turns offsets into lines; frontmatter starts below the opening `---`, so lines
 * are shifted by where the YAML starts in the file.
 */
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml';

/** A field path as zod reports it: object keys and list indexes. */
export type FieldPath = readonly PropertyKey[];

export interface Position {
  line: number;
  column: number;
}

/** Point at a field's value (the default) or at its key (for "unknown field"). */
export type Target = 'value' | 'key';

/** Finds a field path in one file; a path that does not exist points at the deepest part that does. */
export type Locator = (path: FieldPath, target?: Target) => Position;

/** `['solutions', 1, 'kind']` → `solutions[1].kind`. */
export function fieldPath(path: FieldPath): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`))
    .join('');
}

/** The file's first line: for problems with the whole file. */
export const fileStart = (): Position => ({ line: 1, column: 1 });

/**
 * A locator for a parsed YAML document.
 * @param firstLine the file's line where the YAML text starts (1 for a .yaml file, 2 for frontmatter)
 */
export function createLocator(doc: Document, lineCounter: LineCounter, firstLine: number): Locator {
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  return (path, target = 'value') => {
    let node: unknown = doc.contents;
    let pair: Pair | undefined;
    for (const part of path) {
      const next = child(node, part);
      if (!next) break;
      pair = next.pair;
      node = next.node;
      // An empty value (`title:`) has no node: point at its key instead.
      if (node === null || node === undefined) break;
    }
    if (target === 'key' && pair && isNodeWithRange(pair.key)) return at(pair.key.range[0]);
    if (isNodeWithRange(node)) return at(node.range[0]);
    if (pair && isNodeWithRange(pair.key)) return at(pair.key.range[0]);
    return at(0);
  };
}

function child(node: unknown, part: PropertyKey): { node: unknown; pair?: Pair } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(part));
    return pair ? { node: pair.value, pair } : undefined;
  }
  if (isSeq(node) && typeof part === 'number') {
    const item = node.items[part];
    return item === undefined ? undefined : { node: item };
  }
  return undefined;
}

function isNodeWithRange(node: unknown): node is Node & { range: [number, number, number] } {
  return typeof node === 'object' && node !== null && Array.isArray((node as Node).range);
}
