/**
 * Checks that need more than one file, or more than one field: ids unique in their collection,
 * every reference pointing at something that exists (categories, runbooks, solutions, causes, path
 * steps, prerequisites, glossary links, checks' next steps, recurrences, replayed incidents),
 * alert names owned by one runbook, an incident's times in order, and a self-recovered incident
 * that claims an attempt resolved it. The schema has already checked each file on its own.
 */
import type { Category } from './schema.ts';
import type { KnowledgeBase, Problem, RunbookEntry } from './model.ts';
import { problemAt, type ContentLocator } from './problems.ts';
import type { Collection } from './layout.ts';
import { parseSolutionRef, runbookById } from './refs.ts';
import { didYouMean } from './suggest.ts';
import { localDateTime, toInstant } from '../time/datetime.ts';

export interface CrossRefInput {
  kb: KnowledgeBase;
  /** Ids of every entry file found, valid or not: a reference to a broken file is not dangling (its own errors say what is wrong). */
  present: Record<Collection, ReadonlySet<string>>;
  /** False when categories.yaml exists but failed to load, so category references cannot be judged. */
  categoriesLoaded: boolean;
  locate: ContentLocator;
}

export function checkCrossReferences(input: CrossRefInput): Problem[] {
  return [
    ...checkCategories(input),
    ...input.kb.runbooks.flatMap((runbook) => checkRunbook(runbook, input)),
    ...checkAlerts(input),
    ...checkIncidents(input),
    ...checkPaths(input),
    ...prerequisiteCycles(input),
    ...checkGlossary(input),
    ...sharedAliases(input),
  ];
}

/** `unknown runbook "x"; did you mean "y"?` for a reference to a missing entry. */
function unknown(kind: string, id: string, candidates: Iterable<string>): string {
  return `unknown ${kind} "${id}"${didYouMean(id, candidates)}`;
}

/** Every category path (`database`, `database/connections`) defined in categories.yaml. */
export function categoryPaths(categories: readonly Category[], parent = ''): string[] {
  return categories.flatMap((c) => {
    const path = parent ? `${parent}/${c.id}` : c.id;
    return [path, ...categoryPaths(c.children, path)];
  });
}

function checkCategories({ kb, categoriesLoaded, locate }: CrossRefInput): Problem[] {
  const problems: Problem[] = [];
  // Two siblings with one id would make one category path mean two things.
  const walk = (list: readonly Category[], at: PropertyKey[]) => {
    const seen = new Set<string>();
    list.forEach((category, i) => {
      if (seen.has(category.id)) problems.push(problemAt(locate, 'categories.yaml', [...at, i, 'id'], `duplicate category id "${category.id}" at this level`));
      seen.add(category.id);
      walk(category.children, [...at, i, 'children']);
    });
  };
  walk(kb.categories, []);
  if (!categoriesLoaded) return problems;
  const known = categoryPaths(kb.categories);
  for (const runbook of kb.runbooks) {
    const category = runbook.data.category;
    if (known.includes(category)) continue;
    const hint = didYouMean(category, known) || ': add it to categories.yaml';
    problems.push(problemAt(locate, runbook.file, ['category'], `unknown category "${category}"${hint}`));
  }
  return problems;
}

function checkRunbook({ file, id, data }: RunbookEntry, input: CrossRefInput): Problem[] {
  const { present, locate } = input;
  const problems: Problem[] = [];
  const at = (path: PropertyKey[], message: string) => problems.push(problemAt(locate, file, path, message));
  const duplicates = (items: readonly { id: string }[], list: string, noun: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) at([list, i, 'id'], `duplicate ${noun} id "${item.id}" in this runbook`);
      seen.add(item.id);
    });
  };
  duplicates(data.causes, 'causes', 'cause');
  duplicates(data.solutions, 'solutions', 'solution');
  duplicates(data.checks, 'checks', 'check');
  const causes = data.causes.map((c) => c.id);
  data.solutions.forEach((solution, i) => {
    const refs = solution.cause === undefined ? [] : [solution.cause].flat();
    refs.forEach((ref, j) => {
      if (causes.includes(ref)) return;
      const path = Array.isArray(solution.cause) ? ['solutions', i, 'cause', j] : ['solutions', i, 'cause'];
      at(path, `unknown cause "${ref}"${didYouMean(ref, causes) || `; this runbook's causes are ${causes.join(', ')}`}`);
    });
  });
  data.related.forEach((ref, i) => {
    if (ref === id) at(['related', i], 'a runbook cannot be related to itself');
    else if (!present.runbooks.has(ref)) at(['related', i], unknown('runbook', ref, present.runbooks));
  });
  const solutions = data.solutions.map((s) => s.id);
  data.checks.forEach((check, i) => {
    const problem = check.next === undefined ? undefined : checkNextProblem(check.next, { id, solutions }, input);
    if (problem) at(['checks', i, 'next'], problem);
  });
  return problems;
}

/**
 * What is wrong with a check's `next`, if anything: a solution id of this runbook comes first, then
 * a runbook id, then `<runbook-id>#<solution-id>`.
 */
function checkNextProblem(next: string, own: { id: string; solutions: string[] }, { kb, present }: CrossRefInput): string | undefined {
  const hash = next.indexOf('#');
  if (hash < 0) {
    if (own.solutions.includes(next)) return undefined;
    if (next === own.id) return 'a check cannot lead to its own runbook; name one of its solutions';
    if (present.runbooks.has(next)) return undefined;
    return `unknown solution or runbook "${next}"${didYouMean(next, [...own.solutions, ...present.runbooks]) || `; this runbook's solutions are ${own.solutions.join(', ')}`}`;
  }
  const runbook = next.slice(0, hash);
  const solution = next.slice(hash + 1);
  if (!present.runbooks.has(runbook)) return unknown('runbook', runbook, present.runbooks);
  // A runbook that failed its own checks is absent from the knowledge base; its errors are reported already.
  const theirs = runbookById(kb).get(runbook)?.data.solutions.map((s) => s.id);
  if (!theirs || theirs.includes(solution)) return undefined;
  return `runbook "${runbook}" has no solution "${solution}"${didYouMean(solution, theirs) || `; its solutions are ${theirs.join(', ')}`}`;
}

/** One alert name leads to one runbook (`/alerts/<name>/`). */
function checkAlerts({ kb, locate }: CrossRefInput): Problem[] {
  const owner = new Map<string, string>();
  const problems: Problem[] = [];
  for (const runbook of kb.runbooks) {
    runbook.data.alerts.forEach(({ name }, i) => {
      const first = owner.get(name);
      if (first === undefined) owner.set(name, runbook.id);
      else {
        const message = first === runbook.id ? `alert "${name}" is listed twice` : `alert "${name}" already belongs to runbook "${first}"; an alert name leads to one runbook`;
        problems.push(problemAt(locate, runbook.file, ['alerts', i], message));
      }
    });
  }
  return problems;
}

function checkIncidents({ kb, present, locate }: CrossRefInput): Problem[] {
  const runbooks = runbookById(kb);
  const timeZone = kb.config.timezone;
  const problems: Problem[] = [];
  const startOf = new Map(kb.incidents.map((i) => [i.id, toInstant(i.data.started, timeZone)]));
  for (const { file, id, data } of kb.incidents) {
    const at = (path: PropertyKey[], message: string) => problems.push(problemAt(locate, file, path, message));
    data.runbooks.forEach((ref, i) => {
      if (!present.runbooks.has(ref)) at(['runbooks', i], unknown('runbook', ref, present.runbooks));
    });
    data.recurrence_of.forEach((ref, i) => {
      const path = ['recurrence_of', i];
      if (ref === id) return at(path, 'an incident cannot be a recurrence of itself');
      if (!present.incidents.has(ref)) return at(path, unknown('incident', ref, present.incidents));
      const earlier = startOf.get(ref);
      const own = startOf.get(id);
      if (earlier !== undefined && own !== undefined && earlier >= own) {
        at(path, `incident "${ref}" started at ${localDateTime(earlier, timeZone)}, not before this one; recurrence_of names earlier incidents (write it on the later one)`);
      }
    });
    if (data.self_recovered) {
      data.attempts.forEach((attempt, i) => {
        if (attempt.outcome !== 'resolved') return;
        at(['attempts', i, 'outcome'], '"resolved" contradicts self_recovered: true (service came back with no action of ours); write "mitigated" or "failed", or remove self_recovered');
      });
    }
    data.attempts.forEach((attempt, i) => {
      const path = ['attempts', i, 'solution'];
      const ref = parseSolutionRef(attempt.solution, data);
      if (!ref) {
        const named = data.runbooks.length ? `names ${data.runbooks.length} runbooks` : 'names no runbook';
        at(path, `write "<runbook-id>#${attempt.solution}": a bare solution id needs exactly one runbook in "runbooks", and this incident ${named}`);
        return;
      }
      if (!present.runbooks.has(ref.runbook)) {
        at(path, unknown('runbook', ref.runbook, present.runbooks));
        return;
      }
      // A runbook that failed its own checks is absent from the knowledge base; its errors are reported already.
      const solutions = runbooks.get(ref.runbook)?.data.solutions.map((s) => s.id);
      if (!solutions || solutions.includes(ref.solution)) return;
      const hint = didYouMean(ref.solution, solutions) || `; its solutions are ${solutions.join(', ')}`;
      at(path, `runbook "${ref.runbook}" has no solution "${ref.solution}"${hint}`);
    });
    const started = toInstant(data.started, timeZone);
    const shown = (instant: number) => localDateTime(instant, timeZone);
    const before = (field: 'resolved' | 'detected', why: string) => {
      const text = data[field];
      const instant = text === undefined ? undefined : toInstant(text, timeZone);
      if (started === undefined || instant === undefined || instant >= started) return;
      at([field], `${shown(instant)} is before started (${shown(started)})${why}`);
    };
    before('resolved', '');
    before('detected', ': started is when it began, so it cannot be seen earlier');
  }
  return problems;
}

function checkPaths({ kb, present, locate }: CrossRefInput): Problem[] {
  const problems: Problem[] = [];
  const entries = new Set([...present.runbooks, ...present.incidents]);
  const incidents = new Map(kb.incidents.map((i) => [i.id, i]));
  for (const { file, id, data } of kb.paths) {
    const at = (path: PropertyKey[], message: string) => problems.push(problemAt(locate, file, path, message));
    data.prerequisites.forEach((ref, i) => {
      if (ref === id) at(['prerequisites', i], 'a learning path cannot be its own prerequisite');
      else if (!present.paths.has(ref)) at(['prerequisites', i], unknown('learning path', ref, present.paths));
    });
    data.steps.forEach((step, i) => {
      if (!step.replay) {
        if (!entries.has(step.entry)) at(['steps', i, 'entry'], unknown('runbook or incident', step.entry, entries));
        return;
      }
      const path = ['steps', i, 'replay'];
      if (present.runbooks.has(step.entry) && !present.incidents.has(step.entry)) {
        at(path, `"${step.entry}" is a runbook; a replay step replays an incident (use "entry" to read a runbook)`);
      } else if (!present.incidents.has(step.entry)) {
        at(path, unknown('incident', step.entry, present.incidents));
      } else if (incidents.get(step.entry)?.data.runbooks.length === 0) {
        at(path, `incident "${step.entry}" names no runbook, so a replay has no solutions to choose from; add its "runbooks"`);
      }
    });
  }
  return problems;
}

function checkGlossary({ kb, present, locate }: CrossRefInput): Problem[] {
  const entries = new Set([...present.runbooks, ...present.incidents]);
  return kb.glossary.flatMap((term, i) =>
    term.related
      .map((ref, j) => ({ ref, j }))
      .filter(({ ref }) => !entries.has(ref))
      .map(({ ref, j }) => problemAt(locate, 'glossary.yaml', [i, 'related', j], unknown('runbook or incident', ref, entries))),
  );
}

/**
 * Paths whose prerequisites lead back to themselves (a → b → c → a): no learner could ever start
 * one. Each path on a cycle is told, at the prerequisite that leads into it. (A path listing
 * itself is checkPaths' simpler message.)
 */
function prerequisiteCycles({ kb, locate }: CrossRefInput): Problem[] {
  const requires = new Map(kb.paths.map((p) => [p.id, p.data.prerequisites.filter((ref) => ref !== p.id)]));
  const problems: Problem[] = [];
  for (const { file, id, data } of kb.paths) {
    // Breadth-first from each prerequisite, remembering how each path was reached, until `id` comes back.
    data.prerequisites.forEach((first, i) => {
      if (first === id) return;
      const cameFrom = new Map<string, string>([[first, id]]);
      const queue = [first];
      while (queue.length) {
        const at = queue.shift()!;
        for (const next of requires.get(at) ?? []) {
          if (next === id) {
            const chain = [id, at];
            for (let step = at; step !== first; ) chain.splice(1, 0, (step = cameFrom.get(step)!));
            problems.push(problemAt(locate, file, ['prerequisites', i], `prerequisites form a cycle: ${[...chain, id].join(' → ')}; no learner could start any of them`));
            return;
          }
          if (!cameFrom.has(next)) {
            cameFrom.set(next, at);
            queue.push(next);
          }
        }
      }
    });
  }
  return problems;
}

/** An alias (or term) that two terms claim: a search synonym must lead to one meaning. */
function sharedAliases({ kb, locate }: CrossRefInput): Problem[] {
  const key = (name: string) => name.normalize('NFKC').toLowerCase().trim();
  const owner = new Map<string, string>();
  kb.glossary.forEach((term) => owner.set(key(term.term), term.term));
  const problems: Problem[] = [];
  kb.glossary.forEach((term, i) => {
    term.aliases.forEach((alias, j) => {
      const first = owner.get(key(alias));
      if (first !== undefined && first !== term.term) {
        problems.push(problemAt(locate, 'glossary.yaml', [i, 'aliases', j], `"${alias}" is also ${key(first) === key(alias) ? 'the term' : 'an alias of the term'} "${first}"; an alias belongs to one term (search would not know which is meant)`));
      } else owner.set(key(alias), term.term);
    });
  });
  return problems;
}
