/**
 * The content folder's layout, written once: which files fixpath reads, the kind of each, and the
 * folders that hold one entry per file. The reader (src/node/content.ts), the parser (load.ts),
 * entry ids (ids.ts), the "file out of place" warning and the Astro collections all ask here.
 */

/** Every file kind, in the order the layout is described to authors. */
export const CONTENT_LAYOUT = [
  { kind: 'runbooks', pattern: /^runbooks\/.+\.mdx?$/, shown: 'runbooks/**/<id>.mdx' },
  { kind: 'incidents', pattern: /^incidents\/.+\.mdx?$/, shown: 'incidents/**/<id>.mdx' },
  { kind: 'paths', pattern: /^paths\/[^/]+\.ya?ml$/, shown: 'paths/<id>.yaml' },
  { kind: 'categories', pattern: /^categories\.yaml$/, shown: 'categories.yaml' },
  { kind: 'glossary', pattern: /^glossary\.yaml$/, shown: 'glossary.yaml' },
  { kind: 'config', pattern: /^fixpath\.config\.yaml$/, shown: 'fixpath.config.yaml' },
] as const;

export type ContentKind = (typeof CONTENT_LAYOUT)[number]['kind'];

/** The kinds with one entry per file, each in its own folder named after the kind. */
export type Collection = 'runbooks' | 'incidents' | 'paths';

/** The collections whose files are MDX (frontmatter and a body), and their file names. */
export const MDX_COLLECTIONS = ['runbooks', 'incidents'] as const;
export const MDX_FILES = '**/*.{md,mdx}';

/** An entry of each collection, in words. */
export const ENTRY_LABEL: Record<Collection, string> = { runbooks: 'runbook', incidents: 'incident', paths: 'learning path' };

/** The layout as one sentence, for messages about files fixpath does not read. */
export const LAYOUT_DESCRIPTION = `${CONTENT_LAYOUT.slice(0, -1).map((k) => k.shown).join(', ')} and ${CONTENT_LAYOUT.at(-1)!.shown}`;

/** The path with its extension in lower case: `.MDX` and `.YAML` are read like `.mdx` and `.yaml`. */
export function canonicalPath(path: string): string {
  return path.replace(/\.(mdx?|ya?ml)$/i, (extension) => extension.toLowerCase());
}

/** The kind of a content file from its path under the content folder; undefined when fixpath does not read it. */
export function kindOf(path: string): ContentKind | undefined {
  const canonical = canonicalPath(path);
  return CONTENT_LAYOUT.find((k) => k.pattern.test(canonical))?.kind;
}

/** The collection a content file belongs to, from its top folder; undefined for the single-file kinds. */
export function collectionOf(file: string): Collection | undefined {
  const top = file.slice(0, file.indexOf('/'));
  return top === 'runbooks' || top === 'incidents' || top === 'paths' ? top : undefined;
}

/** The id of an entry: its file name without the extension (in any case). */
export function idOf(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.(mdx?|ya?ml)$/i, '');
}
