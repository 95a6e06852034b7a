/**
 * Node adapter: validate a whole content directory, as `fixpath validate` and the site build both
 * need it. One function, so the build refuses exactly what the validator reports.
 */
import type { Problem } from '../lib/content/model.ts';
import { validateContent } from '../lib/content/validate.ts';
import { loadContent, type LoadedContent } from './content.ts';

export interface DirValidation {
  problems: Problem[];
  /** Files read or found unreadable, for the summary line. */
  fileCount: number;
}

/**
 * Every problem under `dir`, sorted; throws ContentReadError when the directory itself is
 * unreadable. `load` is the loader: the site build passes its shared one, so it parses once.
 */
export async function validateContentDir(
  dir: string,
  now = new Date(),
  load: (dir: string) => Promise<LoadedContent> = loadContent,
): Promise<DirValidation> {
  const content = await load(dir);
  return { problems: await validateContent(content, { now }), fileCount: content.fileCount };
}
