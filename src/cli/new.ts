/**
 * `fixpath new runbook|incident|path`: ask for the essentials, write a skeleton that passes
 * `fixpath validate` in the right folder, and say what to do next. In a terminal it prompts; with
 * `--yes` (or without a terminal) every answer comes from a flag or its default, for scripts.
 */
import path from 'node:path';
import * as prompts from '@clack/prompts';
import { askIncident, askPath, askRunbook, type Asker, type AuthoringContext, type Choice, type Question } from '../lib/authoring/questions.ts';
import { incidentSkeleton, pathSkeleton, runbookSkeleton, type Skeleton, type SkeletonKind } from '../lib/authoring/skeleton.ts';
import { collectionOf, idOf } from '../lib/content/layout.ts';
import { SEVERITY_ALIASES } from '../lib/content/schema.ts';
import { loadContent } from '../node/content.ts';
import { resolveContentDir } from '../node/read-content.ts';
import { WriteError, writeFileAtomic } from '../node/write-atomic.ts';
import { EXIT, parseCommandLine, UsageError, type CliIo, type Command } from './io.ts';

const OPTIONS = {
  title: { type: 'string' },
  id: { type: 'string' },
  category: { type: 'string' },
  severity: { type: 'string' },
  symptom: { type: 'string' },
  runbook: { type: 'string' },
  solution: { type: 'string' },
  outcome: { type: 'string' },
  started: { type: 'string' },
  resolved: { type: 'string' },
  entry: { type: 'string', multiple: true },
  lang: { type: 'string' },
  yes: { type: 'boolean', short: 'y' },
  content: { type: 'string' },
} as const;

const KINDS: Record<SkeletonKind, { ask: (ask: Asker, ctx: AuthoringContext) => Promise<unknown>; build: (answers: never) => Skeleton }> = {
  runbook: { ask: askRunbook, build: runbookSkeleton },
  incident: { ask: askIncident, build: incidentSkeleton },
  path: { ask: askPath, build: pathSkeleton },
};

const FLAGS = `answers can be given as flags (with --yes, missing ones without a default are an error):
  runbook   --title --category --severity --symptom [--id --lang]
  incident  --title, and --runbook or --severity --symptom [--solution --outcome --started --resolved --id --lang]
  path      --title --entry ID [--entry ID ...] [--id --lang]`;

/** The author pressed Ctrl-C or Escape at a prompt. */
class Cancelled extends Error {}

export const run: Command = async (args, io) => {
  const parsed = parseCommandLine({ args, options: OPTIONS, allowPositionals: true });
  const { values, positionals } = parsed;
  const [kind, ...extra] = positionals;
  if (!kind || !(kind in KINDS) || extra.length) throw new UsageError(`say what to create: new runbook, new incident or new path\n\n${FLAGS}`);

  const dir = resolveContentDir(values.content);
  // Invalid and unreadable files are left out of the knowledge base, but their ids are still taken.
  const { kb, paths, unreadable } = await loadContent(dir);
  const taken = { runbooks: new Set<string>(), incidents: new Set<string>(), paths: new Set<string>() };
  for (const path of [...paths, ...unreadable]) {
    const collection = collectionOf(path);
    if (collection) taken[collection].add(idOf(path));
  }
  const context: AuthoringContext = { kb, taken, now: Date.now() };

  const interactive = !values.yes && Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const { yes: _yes, content: _content, ...answers } = values;
  const flags: Record<string, string | string[] | undefined> = {
    ...answers,
    severity: values.severity && (SEVERITY_ALIASES[values.severity] ?? values.severity),
  };
  const { ask, build } = KINDS[kind as SkeletonKind];
  let skeleton: Skeleton;
  try {
    if (interactive) prompts.intro(`fixpath new ${kind}`);
    const answers = await ask(interactive ? promptAsker(flags) : flagAsker(flags), context);
    skeleton = build(answers as never);
  } catch (error) {
    if (!(error instanceof Cancelled)) throw error;
    prompts.cancel('Nothing written.');
    return EXIT.content;
  }

  const target = path.join(dir, ...skeleton.path.split('/'));
  const shown = path.relative(process.cwd(), target).split(path.sep).join('/');
  try {
    // exclusive: never overwrite, even a file that appeared since the content was read.
    await writeFileAtomic(target, skeleton.text, { exclusive: true });
  } catch (error) {
    if (!(error instanceof WriteError) || error.code !== 'EEXIST') throw error;
    io.stderr(`fixpath new: ${shown} already exists; nothing written (choose another --id)\n`);
    return EXIT.content;
  }
  report(io, shown, kind as SkeletonKind, interactive);
  return EXIT.ok;
};

function report(io: CliIo, shown: string, kind: SkeletonKind, interactive: boolean): void {
  const next =
    kind === 'path'
      ? `next: write a goal for each step in ${shown}, then run: npx fixpath validate`
      : `next: fill in the outline in ${shown} (replace every "(...)" and {/* hint */}), then run: npx fixpath validate`;
  if (interactive) prompts.outro(`wrote ${shown}`);
  else io.stdout(`wrote ${shown}\n`);
  io.stdout(`${next}\n`);
}

/**
 * Answers from flags: a flag that was given must be acceptable, a missing one takes its default,
 * and a missing one without a default is a usage error that names the flag.
 */
function flagAsker(flags: Record<string, string | string[] | undefined>): Asker {
  const answer = (question: Question, check?: (value: string) => string | undefined): string => {
    const given = flags[question.name];
    const value = typeof given === 'string' ? given : question.initial;
    if (value === undefined) throw new UsageError(`--${question.name} is required (${question.message.toLowerCase()})`);
    const problem = check?.(value) ?? question.validate?.(value);
    if (problem) throw new UsageError(`--${question.name} "${value}": ${problem}`);
    return value;
  };
  const oneOf = (choices: Choice[]) => (value: string) =>
    choices.some((c) => c.value === value) ? undefined : `expected one of ${choices.map((c) => c.value || '""').join(', ')}`;
  return {
    text: async (question) => answer(question),
    select: async (question) => answer(question, oneOf(question.choices)),
    multiselect: async (question) => {
      const given = flags[question.name];
      const values = Array.isArray(given) ? given : [];
      if (!values.length) throw new UsageError(`--${question.name} is required (${question.message.toLowerCase()}); repeat it for several`);
      const problem = values.map(oneOf(question.choices)).find(Boolean);
      if (problem) throw new UsageError(`--${question.name}: ${problem}`);
      return values;
    },
  };
}

/** Answers from a person at a terminal; a flag given on the command line is offered as the default. */
function promptAsker(flags: Record<string, string | string[] | undefined>): Asker {
  const initial = (question: Question) => {
    const given = flags[question.name];
    return typeof given === 'string' ? given : question.initial;
  };
  const settle = <T>(value: T): Exclude<T, symbol> => {
    if (prompts.isCancel(value)) throw new Cancelled();
    return value as Exclude<T, symbol>;
  };
  return {
    text: async (question) =>
      settle(
        await prompts.text({
          message: question.message,
          initialValue: initial(question),
          validate: (v) => question.validate?.(v ?? ''),
        }),
      ),
    select: async (question) =>
      settle(
        await prompts.select<string>({
          message: question.message,
          initialValue: initial(question),
          maxItems: 12,
          options: question.choices.map((c) => ({ value: c.value, label: c.label, hint: c.hint })),
        }),
      ),
    multiselect: async (question) =>
      settle(
        await prompts.multiselect<string>({
          message: question.message,
          required: true,
          maxItems: 12,
          options: question.choices.map((c) => ({ value: c.value, label: c.label, hint: c.hint })),
        }),
      ),
  };
}
