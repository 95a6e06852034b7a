/**
 * The site build's first step: the validator's own check of the content directory, before Astro
 * reads a single entry. Content with errors (MDX that would run code, impossible dates, broken
 * references...) stops the build with the lines `fixpath validate` prints, `file:line:column field:
 * message`, and no stack trace: the person reading the CI log needs the lines, not Astro's insides.
 */
import { displayPath } from './fs-errors.ts';
import { formatProblem } from '../lib/content/report.ts';
import { sharedContent } from './content.ts';
import { ContentReadError } from './read-content.ts';
import { validateContentDir } from './validate-dir.ts';

interface Logger {
  info(message: string): void;
  error(message: string): void;
}

/** An Astro integration; `exit` is how it stops the build (process.exit, replaced in tests). */
export function contentCheck(dir: string, exit: (code: number) => never = process.exit) {
  return {
    name: 'fixpath-content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }: { command: string; logger: Logger }) => {
        // `astro preview` serves a finished build; the content may not even be there.
        if (command === 'preview') return;
        const lines = await contentErrorLines(dir);
        if (!lines.length) return;
        logger.error(`the content has ${lines.length} error(s); fix them (npx fixpath validate) and build again:\n${lines.join('\n')}`);
        exit(1);
      },
    },
  };
}

/** The validator's error lines for `dir`, paths as the user sees them; [] when there are none. */
export async function contentErrorLines(dir: string): Promise<string[]> {
  try {
    // The build's one parse (sharedContent), which the pages then read.
    const { problems } = await validateContentDir(dir, new Date(), sharedContent);
    const prefix = displayPath(dir);
    return problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p, prefix === '.' ? '' : prefix));
  } catch (error) {
    if (error instanceof ContentReadError) return [error.message];
    throw error;
  }
}
