/**
 * `fixpath import FILE... [--out-dir DIR] [--dry-run] [--category C] [--severity S]`: turn existing
 * Markdown or Docusaurus runbook pages into fixpath runbooks, written as
 * `runbooks/<category>/<id>.mdx` under the content directory (or DIR), and report, line by line,
 * what could not be mapped or was guessed.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { importPage, type ImportedRunbook } from '../lib/authoring/import.ts';
import { collectionOf, idOf } from '../lib/content/layout.ts';
import { SEVERITIES, SEVERITY_ALIASES, type Severity } from '../lib/content/schema.ts';
import { loadContent } from '../node/content.ts';
import { resolveContentDir } from '../node/read-content.ts';
import { WriteError, writeFileAtomic } from '../node/write-atomic.ts';
import { EXIT, parseCommandLine, UsageError, type Command } from './io.ts';

export const run: Command = async (args, io) => {
  const parsed = parseCommandLine({
    args,
    allowPositionals: true,
    options: {
      'out-dir': { type: 'string' },
      'dry-run': { type: 'boolean' },
      category: { type: 'string' },
      severity: { type: 'string' },
      content: { type: 'string' },
    },
  });
  const { values, positionals: files } = parsed;
  if (!files.length) throw new UsageError('name the Markdown files to import: fixpath import FILE... [--out-dir DIR] [--dry-run]');
  const severity = values.severity && (SEVERITY_ALIASES[values.severity] ?? values.severity);
  if (severity && !(SEVERITIES as readonly string[]).includes(severity)) {
    throw new UsageError(`--severity "${values.severity}": expected one of ${SEVERITIES.join(', ')} (or P1..P4)`);
  }

  const dir = resolveContentDir(values.content);
  const { kb, paths } = await loadContent(dir);
  if (values.category && !kb.categories.length) io.stderr('fixpath import: warning: no categories.yaml could be read, --category is not checked\n');
  const taken = new Set(paths.filter((p) => collectionOf(p) === 'runbooks').map(idOf));
  const outDir = values['out-dir'] ? path.resolve(values['out-dir']) : dir;

  let failed = false;
  for (const file of files) {
    let text;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      io.stderr(`fixpath import: cannot read ${file}: ${(error as Error).message}\n`);
      failed = true;
      continue;
    }
    const result = importPage(
      { path: file, text },
      { categories: kb.categories, category: values.category, severity: severity as Severity | undefined },
    );
    for (const runbook of result.runbooks) {
      if (taken.has(runbook.id)) {
        io.stderr(`fixpath import: a runbook "${runbook.id}" already exists; ${shown(outDir, runbook)} not written\n`);
        failed = true;
        continue;
      }
      taken.add(runbook.id);
      if (values['dry-run']) io.stdout(`would write ${shown(outDir, runbook)}\n${runbook.text}\n`);
      else if (await write(outDir, runbook)) io.stdout(`wrote ${shown(outDir, runbook)}\n`);
      else {
        io.stderr(`fixpath import: ${shown(outDir, runbook)} already exists; not overwritten\n`);
        failed = true;
      }
    }
    for (const note of result.notes) io.stdout(`${file}:${note.line} ${note.message}\n`);
    if (!result.runbooks.length) failed = true;
  }
  if (!values['dry-run']) io.stdout('next: complete what the notes above name, then run: npx fixpath validate\n');
  return failed ? EXIT.content : EXIT.ok;
};

function shown(outDir: string, runbook: ImportedRunbook): string {
  return path.relative(process.cwd(), path.join(outDir, ...runbook.path.split('/'))).split(path.sep).join('/');
}

/** False when the file exists: an import never overwrites. */
async function write(outDir: string, runbook: ImportedRunbook): Promise<boolean> {
  const target = path.join(outDir, ...runbook.path.split('/'));
  try {
    await writeFileAtomic(target, runbook.text, { exclusive: true });
    return true;
  } catch (error) {
    if (error instanceof WriteError && error.code === 'EEXIST') return false;
    throw error;
  }
}
