/**
 * Node adapter: the glossary terms, read before the site build starts, for the rehype step that
 * links terms in entry bodies (astro.config.mjs). A missing glossary means no links; a broken one
 * also means no links here, because the build's own knowledge-base check (src/site/kb.ts) fails
 * with the positioned error.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { glossarySchema, type GlossaryTerm } from '../lib/content/schema.ts';

/** The terms of `<contentDir>/glossary.yaml`, or [] when it is absent or invalid. */
export async function readGlossaryTerms(contentDir: string): Promise<GlossaryTerm[]> {
  let text: string;
  try {
    text = await readFile(path.join(contentDir, 'glossary.yaml'), 'utf8');
  } catch {
    return [];
  }
  try {
    const checked = glossarySchema.safeParse(parse(text.replace(/^\uFEFF/, '')) ?? []);
    return checked.success ? checked.data : [];
  } catch {
    return [];
  }
}
