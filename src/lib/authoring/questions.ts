/**
 * The questions `fixpath new` asks, in order, and how the answers become a skeleton's input. The
 * asking itself is passed in (an `Asker`): interactive prompts in a terminal, command-line flags in
 * a script. Both go through the same questions and the same checks, so a script gets the same
 * guarantees as a person: a category from the taxonomy, a free id, a solution the runbook has.
 */
import { flattenCategories } from '../categories/tree.ts';
import type { KnowledgeBase } from '../content/model.ts';
import {
  DATETIME_PATTERN,
  ID_PATTERN,
  LANGS,
  OUTCOMES,
  SEVERITIES,
  SEVERITY_ALIASES,
  type Lang,
  type Outcome,
  type Severity,
} from '../content/schema.ts';
import { localize } from '../i18n/t.ts';
import { localDate, toInstant } from '../time/datetime.ts';
import {
  idFromText,
  incidentId,
  isoDateTime,
  type IncidentAnswers,
  type PathAnswers,
  type RunbookAnswers,
} from './skeleton.ts';

/** One question. `name` is also the command-line flag that answers it (`--title`). */
export interface Question {
  name: string;
  message: string;
  /** The answer when the author gives none (an empty string means "none"). */
  initial?: string | undefined;
  /** A message when the answer is not acceptable; undefined when it is. */
  validate?: ((value: string) => string | undefined) | undefined;
}

export interface Choice {
  value: string;
  label: string;
  hint?: string | undefined;
}

export interface Asker {
  text(question: Question): Promise<string>;
  select(question: Question & { choices: Choice[] }): Promise<string>;
  multiselect(question: Question & { choices: Choice[] }): Promise<string[]>;
}

export interface AuthoringContext {
  kb: KnowledgeBase;
  /** Every id already used in each collection, valid files or not (a new file must not clash). */
  taken: { runbooks: Set<string>; incidents: Set<string>; paths: Set<string> };
  /** Now, as epoch milliseconds (the default start of an incident, today's review date). */
  now: number;
}

const NONE = '';

const required = (what: string) => (value: string) => (value.trim() ? undefined : `${what} must not be empty`);

function idQuestion(taken: Set<string>, noun: string, initial: string | undefined): Question {
  return {
    name: 'id',
    message: `File name (the ${noun}'s id)`,
    initial: initial || undefined,
    validate: (value) => {
      if (!ID_PATTERN.test(value)) return 'use lowercase letters, digits and single hyphens, e.g. "disk-full"';
      if (taken.has(value)) return `a ${noun} "${value}" already exists; choose another id`;
      return undefined;
    },
  };
}

function severityChoices(): Choice[] {
  const aliases = Object.fromEntries(Object.entries(SEVERITY_ALIASES).map(([alias, severity]) => [severity, alias]));
  return SEVERITIES.map((s) => ({ value: s, label: s, hint: aliases[s] }));
}

async function askLang(ask: Asker, kb: KnowledgeBase): Promise<Lang> {
  const lang = await ask.select({
    name: 'lang',
    message: 'Language of the prose',
    initial: kb.config.lang,
    choices: LANGS.map((l) => ({ value: l, label: l })),
  });
  return lang as Lang;
}

export async function askRunbook(ask: Asker, { kb, taken, now }: AuthoringContext): Promise<RunbookAnswers> {
  const lang = kb.config.lang;
  const title = await ask.text({ name: 'title', message: 'Title: the problem as an engineer would name it', validate: required('the title') });
  const id = await ask.text(idQuestion(taken.runbooks, 'runbook', idFromText(title)));
  const category = await ask.select({
    name: 'category',
    message: 'Category',
    choices: flattenCategories(kb.categories).map((node) => ({
      value: node.path,
      label: node.path,
      hint: [...node.ancestors, node.category].map((c) => localize(c.title, lang)).join(' / '),
    })),
  });
  const severity = await ask.select({ name: 'severity', message: 'Typical severity when it happens', choices: severityChoices() });
  const symptom = await ask.text({
    name: 'symptom',
    message: 'First symptom: the exact error message, alert name or what users report',
    validate: required('the symptom'),
  });
  return {
    id,
    title: title.trim(),
    category,
    severity: severity as Severity,
    symptom: symptom.trim(),
    lang: await askLang(ask, kb),
    today: localDate(now, kb.config.timezone),
  };
}

export async function askIncident(ask: Asker, { kb, taken, now }: AuthoringContext): Promise<IncidentAnswers> {
  const timeZone = kb.config.timezone;
  const title = await ask.text({ name: 'title', message: 'Title: what happened, in one line', validate: required('the title') });
  const runbookId = await ask.select({
    name: 'runbook',
    message: 'Runbook that applies',
    initial: NONE,
    choices: [
      ...kb.runbooks.map((r) => ({ value: r.id, label: r.id, hint: r.data.title })),
      { value: NONE, label: '(none yet)' },
    ],
  });
  const runbook = kb.runbooks.find((r) => r.id === runbookId);
  let attempt: IncidentAnswers['attempt'];
  if (runbook) {
    const solution = await ask.select({
      name: 'solution',
      message: 'What was tried (the solution that brought service back, or the first one tried)',
      initial: NONE,
      choices: [
        ...runbook.data.solutions.map((s) => ({ value: s.id, label: s.id, hint: `${s.kind}: ${s.title}` })),
        { value: NONE, label: '(nothing from this runbook)' },
      ],
    });
    if (solution !== NONE) {
      const outcome = await ask.select({
        name: 'outcome',
        message: 'How did it go',
        choices: OUTCOMES.map((o) => ({ value: o, label: o, hint: OUTCOME_HINTS[o] })),
      });
      attempt = { solution: `${runbook.id}#${solution}`, outcome: outcome as Outcome };
    }
  }
  const severity = await ask.select({
    name: 'severity',
    message: 'Severity',
    initial: runbook?.data.severity,
    choices: severityChoices(),
  });
  const symptom = await ask.text({
    name: 'symptom',
    message: 'First symptom: what was observed (error message, alert, user report)',
    initial: runbook?.data.symptoms[0],
    validate: required('the symptom'),
  });
  const datetime = (value: string) =>
    DATETIME_PATTERN.test(value) ? undefined : 'use an ISO 8601 date-time such as "2026-03-02T10:05:00+09:00"';
  const started = await ask.text({
    name: 'started',
    message: 'When it began (not when it was noticed)',
    initial: isoDateTime(now, timeZone),
    validate: datetime,
  });
  const resolved = await ask.text({
    name: 'resolved',
    message: 'When service was back',
    initial: started,
    validate: (value) =>
      datetime(value) ?? ((toInstant(value, timeZone) ?? 0) < (toInstant(started, timeZone) ?? 0) ? 'must not be before it began' : undefined),
  });
  const id = await ask.text(idQuestion(taken.incidents, 'incident', incidentId(started, title, runbook?.id)));
  return {
    id,
    title: title.trim(),
    severity: severity as Severity,
    symptom: symptom.trim(),
    lang: await askLang(ask, kb),
    started,
    resolved,
    runbook: runbook?.id,
    attempt,
  };
}

const OUTCOME_HINTS: Record<Outcome, string> = {
  resolved: 'this brought service back',
  mitigated: 'it helped, not enough on its own',
  failed: 'no effect, or made it worse',
};

export async function askPath(ask: Asker, { kb, taken }: AuthoringContext): Promise<PathAnswers> {
  const title = await ask.text({ name: 'title', message: 'Title of the learning path', validate: required('the title') });
  const id = await ask.text(idQuestion(taken.paths, 'learning path', idFromText(title)));
  const entries = await ask.multiselect({
    name: 'entry',
    message: 'Steps, in order: the runbooks and incidents to read',
    choices: [
      ...kb.runbooks.map((r) => ({ value: r.id, label: r.id, hint: r.data.title })),
      ...kb.incidents.map((i) => ({ value: i.id, label: i.id, hint: i.data.title })),
    ],
  });
  return { id, title: title.trim(), lang: await askLang(ask, kb), entries };
}
