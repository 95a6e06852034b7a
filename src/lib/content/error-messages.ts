/**
 * Zod issues, rewritten for the author who made the mistake (after Starlight's error-map): say what
 * was expected and what was received, list the allowed values of an enum, suggest the field an
 * unknown key was probably meant to be, and drop union branches that do not apply.
 *
 * Messages written in schema.ts (`must be a duration such as ...`) are kept as they are; zod's own
 * generic messages are replaced.
 */
import { z } from 'zod';
import type { FieldPath, Target } from './positions.ts';
import { SEVERITIES, SEVERITY_ALIASES } from './schema.ts';
import { didYouMean } from './suggest.ts';

type Issue = z.core.$ZodIssue;

/** One message for one field, before it is given a file and a position. */
export interface FieldIssue {
  path: FieldPath;
  /** `key` for an unknown field, so the position is the key the author typed. */
  target: Target;
  message: string;
}

/**
 * Turn a failed parse into friendly messages.
 * @param schema the schema that was parsed (to list the fields an unknown key could have meant)
 * @param issues `error.issues` of a parse made with `reportInput: true`, so the received value is known
 */
export function describeIssues(schema: z.core.$ZodType, issues: readonly Issue[]): FieldIssue[] {
  return issues.flatMap((issue) => describe(schema, issue, []));
}

function describe(schema: z.core.$ZodType, issue: Issue, prefix: FieldPath): FieldIssue[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(schema, path);
    return issue.keys.map((key) => ({
      path: [...path, key],
      target: 'key',
      message: `unknown field${didYouMean(key, known) || `; known fields: ${known.join(', ')}`}`,
    }));
  }
  if (issue.code === 'invalid_union' && issue.input !== undefined) {
    // A branch that failed only because the value has another type is noise: the value was
    // plainly meant for a different branch. Keep the branches that got further.
    const relevant = issue.errors.filter((branch) => !branch.every((i) => i.code === 'invalid_type' && !i.path.length));
    if (relevant.length === 1) return relevant[0]!.flatMap((i) => describe(schema, i, path));
    const alternatives = relevant.every((branch) => branch.length === 1 && !branch[0]!.path.length);
    if (relevant.length > 1 && alternatives) {
      // Each branch says `must be X`; together they read `must be X or Y`.
      const [first, ...rest] = relevant.map((branch) => ownMessage(branch[0]!));
      const message = [first, ...rest.map((m) => m.replace(/^must be /, ''))].join(' or ');
      return [{ path, target: 'value', message: `${message}; got ${received(issue.input)}` }];
    }
    if (relevant.length > 1) return relevant[0]!.flatMap((i) => describe(schema, i, path));
    const types = [...new Set(issue.errors.flatMap((b) => b.map((i) => (i.code === 'invalid_type' ? i.expected : ''))))];
    return [{ path, target: 'value', message: `expected ${types.filter(Boolean).map(typeName).join(' or ')}; got ${received(issue.input)}` }];
  }
  return [{ path, target: 'value', message: message(issue) }];
}

/** The message for one issue that is not a union or a list of unknown keys. */
function message(issue: Issue): string {
  if (issue.input === undefined && ['invalid_type', 'invalid_value', 'invalid_union'].includes(issue.code)) {
    return 'required field is missing';
  }
  if (isCustom(issue)) {
    return issue.code === 'invalid_format' ? `${issue.message}; got ${received(issue.input)}` : issue.message;
  }
  switch (issue.code) {
    case 'invalid_type':
      return colonHint(issue) ?? `expected ${typeName(issue.expected)}; got ${received(issue.input)}`;
    case 'invalid_value': {
      const aliases = sameValues(issue.values, SEVERITIES) ? ` (or ${Object.keys(SEVERITY_ALIASES).join(', ')})` : '';
      const expected =
        issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${issue.values.map(String).join(', ')}`;
      return `expected ${expected}${aliases}; got ${received(issue.input)}`;
    }
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue);
    case 'invalid_format':
      return `expected ${issue.format === 'url' ? 'a URL such as "https://github.com/example/kb"' : `a ${issue.format}`}; got ${received(issue.input)}`;
    default:
      return issue.message;
  }
}

/** A union branch's message: the schema's own words when it has them. */
function ownMessage(issue: Issue): string {
  return isCustom(issue) ? issue.message : message(issue);
}

/** True when schema.ts wrote this message (zod's default would read differently). */
function isCustom(issue: Issue): boolean {
  const fallback = z.config().localeError?.(issue as never);
  return issue.message !== (typeof fallback === 'string' ? fallback : fallback?.message);
}

function sizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const small = issue.code === 'too_small';
  const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
  if (issue.origin === 'array') return small ? `needs at least ${limit} item${limit === 1 ? '' : 's'}` : `allows at most ${limit} items`;
  if (issue.origin === 'string') return small ? `needs at least ${limit} characters` : `allows at most ${limit} characters`;
  const bound = small ? (issue.inclusive ? 'at least' : 'above') : issue.inclusive ? 'at most' : 'below';
  return `expected a number ${bound} ${limit}; got ${received(issue.input)}`;
}

/** An unquoted `ERROR 1040 (HY000): Too many connections` is read as a field, not as text. */
function colonHint(issue: Issue): string | undefined {
  const value = issue.input;
  if (issue.code !== 'invalid_type' || issue.expected !== 'string' || !isPlainObject(value)) return undefined;
  if (Object.keys(value).length !== 1) return undefined;
  return `expected text; YAML read ${received(value)} as a field (key: value) because of the ": "; put the text in quotes`;
}

/** How an expected type is named to an author. */
function typeName(type: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list',
    object: 'fields (key: value)',
  };
  return names[type] ?? type;
}

/** How a received value is shown to an author: the value itself when it is short enough to read. */
export function received(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value === 'number' ? 'the number ' : ''}${value}`;
  if (Array.isArray(value)) return value.length ? 'a list' : 'an empty list';
  if (isPlainObject(value)) {
    const [key, inner] = Object.entries(value)[0] ?? [];
    if (Object.keys(value).length === 1 && (typeof inner === 'string' || typeof inner === 'number')) {
      return JSON.stringify(`${key}: ${inner}`);
    }
    return 'fields (key: value)';
  }
  return String(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameValues(values: readonly unknown[], expected: readonly string[]): boolean {
  return values.length === expected.length && expected.every((v) => values.includes(v));
}

// ------------------------------------------------------------ schema shape, for "did you mean"

/** The parts of zod's definition objects this walk reads (zod 4 exposes them as `_zod.def`). */
interface Walkable {
  _zod: {
    def: {
      type: string;
      shape?: Record<string, Walkable>;
      element?: Walkable;
      innerType?: Walkable;
      in?: Walkable;
      out?: Walkable;
      getter?: () => Walkable;
      options?: readonly Walkable[];
    };
  };
}

/** The field names the schema allows for the object at `path`. */
export function knownKeys(schema: z.core.$ZodType, path: FieldPath): string[] {
  let current = unwrap(schema as unknown as Walkable);
  for (const part of path) {
    current = current.flatMap((s) => {
      const { shape, element } = s._zod.def;
      if (typeof part === 'number') return element ? unwrap(element) : [];
      const field = shape?.[String(part)];
      return field ? unwrap(field) : [];
    });
  }
  return [...new Set(current.flatMap((s) => Object.keys(s._zod.def.shape ?? {})))];
}

/** See through optional, default, preprocess, lazy and union wrappers to the schemas inside. */
function unwrap(schema: Walkable): Walkable[] {
  const def = schema._zod.def;
  if (def.innerType) return unwrap(def.innerType);
  // A preprocess pipes a transform into the schema, a transform pipes the schema into one: keep both sides.
  if (def.type === 'pipe') return [...(def.in ? unwrap(def.in) : []), ...(def.out ? unwrap(def.out) : [])];
  if (def.type === 'lazy' && def.getter) return unwrap(def.getter());
  if (def.type === 'union' && def.options) return def.options.flatMap(unwrap);
  return [schema];
}
