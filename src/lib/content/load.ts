/**
 * Files in, knowledge base out: split frontmatter, parse YAML, check every value against the
 * schema. Files that fail are left out of the knowledge base and reported as problems, so one bad
 * entry never hides the others.
 */
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import type { ContentFile, Entry, KnowledgeBase, Problem } from './model.ts';
import {
  categoriesSchema,
  configSchema,
  glossarySchema,
  incidentSchema,
  pathSchema,
  runbookSchema,
} from './schema.ts';

/** YAML 1.2 core schema: timestamps stay text, so offset-less times keep their meaning. */
const yamlEngine = { parse: (text: string) => parseYaml(text) as object, stringify: () => '' };

export function idOf(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.(mdx?|ya?ml)$/, '');
}

function fieldPath(path: PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`))
    .join('');
}

function schemaProblems(file: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({
    severity: 'error',
    file,
    line: 1,
    column: 1,
    field: fieldPath(issue.path),
    message: issue.message,
  }));
}

export function parseKnowledgeBase(files: ContentFile[]): { kb: KnowledgeBase; problems: Problem[] } {
  const problems: Problem[] = [];
  const kb: KnowledgeBase = {
    config: configSchema.parse({}),
    categories: [],
    glossary: [],
    runbooks: [],
    incidents: [],
    paths: [],
  };

  const check = <S extends z.ZodType>(file: string, schema: S, value: unknown): z.output<S> | undefined => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    problems.push(...schemaProblems(file, result.error));
    return undefined;
  };

  for (const { path, text } of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    try {
      if (path === 'fixpath.config.yaml') {
        kb.config = check(path, configSchema, parseYaml(text) ?? {}) ?? kb.config;
      } else if (path === 'categories.yaml') {
        kb.categories = check(path, categoriesSchema, parseYaml(text)) ?? [];
      } else if (path === 'glossary.yaml') {
        kb.glossary = check(path, glossarySchema, parseYaml(text)) ?? [];
      } else if (/^paths\/[^/]+\.ya?ml$/.test(path)) {
        const data = check(path, pathSchema, parseYaml(text));
        if (data) kb.paths.push({ id: idOf(path), file: path, data, body: '', bodyLine: 1 });
      } else if (/^(runbooks|incidents)\/.+\.mdx?$/.test(path)) {
        const parsed = matter(text, { engines: { yaml: yamlEngine } });
        const bodyLine = text.slice(0, text.length - parsed.content.length).split('\n').length;
        if (path.startsWith('runbooks/')) {
          const data = check(path, runbookSchema, parsed.data);
          if (data) kb.runbooks.push(entry(path, data, parsed.content, bodyLine));
        } else {
          const data = check(path, incidentSchema, parsed.data);
          if (data) kb.incidents.push(entry(path, data, parsed.content, bodyLine));
        }
      }
    } catch (error) {
      problems.push({
        severity: 'error',
        file: path,
        line: 1,
        column: 1,
        field: '',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return { kb, problems };
}

function entry<T>(file: string, data: T, body: string, bodyLine: number): Entry<T> {
  return { id: idOf(file), file, data, body, bodyLine };
}
