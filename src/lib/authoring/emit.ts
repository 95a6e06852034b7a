/**
 * Writing content files: YAML through the `yaml` package, so that values holding `: `, a leading
 * backtick or quotes are quoted as YAML requires, and MDX files as frontmatter plus body.
 */
import { stringify } from 'yaml';

export function toYaml(value: unknown): string {
  // lineWidth 0: never fold a long symptom; an error message must stay on one line to be copied.
  return stringify(value, { lineWidth: 0 });
}

/** An MDX file: `---`, the frontmatter as YAML, `---`, a blank line, the body ending in one newline. */
export function mdxFile(frontmatter: unknown, body: string): string {
  return `---\n${toYaml(frontmatter)}---\n\n${body.trim()}\n`;
}
