/**
 * Split an MDX file into its YAML frontmatter and its body, keeping the line numbers that error
 * positions need. Written by hand rather than with gray-matter so that the YAML text can go
 * through `yaml`'s parseDocument (which knows where every value is) and so that src/lib stays free
 * of Node-only dependencies.
 */

export interface Frontmatter {
  /** The YAML between the two `---` lines. */
  yaml: string;
  /** 1-based line of the file where `yaml` starts (the line after the opening `---`). */
  yamlLine: number;
  /** Everything after the closing `---` line. */
  body: string;
  /** 1-based line of the file where `body` starts. */
  bodyLine: number;
}

/** What went wrong when a file has no usable frontmatter; the position is always the file's start. */
export interface FrontmatterError {
  error: string;
}

const FENCE = /^---[ \t]*$/;

export function splitFrontmatter(text: string): Frontmatter | FrontmatterError {
  // A byte order mark is invisible in editors, so it must not hide the opening fence.
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    return { error: 'the file must start with a "---" line, then its fields (key: value), then another "---" line' };
  }
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close < 0) return { error: 'the frontmatter is not closed: add a "---" line after the last field' };
  return {
    yaml: lines.slice(1, close).join('\n'),
    yamlLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}
