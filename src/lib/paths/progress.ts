/**
 * Reading progress as the browser keeps it: which steps of a path (or items of a checklist) a
 * reader ticked, and when. Pure: parse, validate, change and serialize the stored value; the
 * storage itself is src/client/progress.ts. A stored value is never trusted: anything that is not
 * what we wrote reads as "nothing done", so a corrupted or hand-edited value cannot break a page.
 */

/** Bumped when the stored shape changes; an old value then simply reads as empty. */
export const PROGRESS_VERSION = 1;

/** What is kept: the ticked keys (step entry ids or checklist item keys) and the last change. */
export interface Progress {
  done: string[];
  /** Milliseconds since the epoch of the last tick or untick; 0 when never changed. */
  updated: number;
  /** Replay steps: the first response the reader chose, by step entry id (`runbook#solution`). */
  choices?: Record<string, string>;
}

export type ProgressKind = 'progress' | 'checklist';

export const EMPTY_PROGRESS: Progress = Object.freeze({ done: [], updated: 0 }) as Progress;

/**
 * The storage key of a path's progress (`fixpath:progress:v1:<path-id>`) or of a checklist's ticks
 * (`fixpath:checklist:v1:<entry-id>:<checklist-id>`). The version is in the key so a future shape
 * never reads an old value as its own.
 */
export function progressKey(kind: ProgressKind, id: string): string {
  return `fixpath:${kind}:v${PROGRESS_VERSION}:${id}`;
}

/**
 * The progress in a stored value. `known` (the keys that exist now) drops ticks of steps that were
 * removed from the path since. Missing, unparsable or wrongly shaped values read as empty.
 */
export function parseProgress(raw: string | null | undefined, known?: readonly string[]): Progress {
  if (!raw) return EMPTY_PROGRESS;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return EMPTY_PROGRESS;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return EMPTY_PROGRESS;
  const { v, done, updated, choices } = value as Record<string, unknown>;
  if (v !== PROGRESS_VERSION || !Array.isArray(done)) return EMPTY_PROGRESS;
  const allowed = known && new Set(known);
  const keys = done.filter((key): key is string => typeof key === 'string' && (!allowed || allowed.has(key)));
  const chosen = typeof choices === 'object' && choices !== null && !Array.isArray(choices)
    ? Object.entries(choices).filter((e): e is [string, string] => typeof e[1] === 'string' && (!allowed || allowed.has(e[0])))
    : [];
  return {
    done: [...new Set(keys)],
    updated: typeof updated === 'number' && Number.isFinite(updated) && updated > 0 ? updated : 0,
    ...(chosen.length ? { choices: Object.fromEntries(chosen) } : {}),
  };
}

/** The stored form of `progress`, which parseProgress reads back unchanged. */
export function serializeProgress(progress: Progress): string {
  const { done, updated, choices } = progress;
  return JSON.stringify({ v: PROGRESS_VERSION, done, updated, ...(choices ? { choices } : {}) });
}

/** `progress` with `key` ticked (`done`) or unticked, stamped `now`. */
export function markDone(progress: Progress, key: string, done: boolean, now: number): Progress {
  const rest = progress.done.filter((k) => k !== key);
  return { ...progress, done: done ? [...rest, key] : rest, updated: now };
}

/** `progress` with the replay step `key` answered by `choice` (and so done), stamped `now`. */
export function markChoice(progress: Progress, key: string, choice: string, now: number): Progress {
  return { ...markDone(progress, key, true, now), choices: { ...progress.choices, [key]: choice } };
}

/** How many of `keys` are done. */
export function countDone(progress: Progress, keys: readonly string[]): number {
  const done = new Set(progress.done);
  return keys.filter((key) => done.has(key)).length;
}

/** The index of the first of `keys` not done yet, or undefined when all are. */
export function firstUndone(progress: Progress, keys: readonly string[]): number | undefined {
  const done = new Set(progress.done);
  const index = keys.findIndex((key) => !done.has(key));
  return index === -1 ? undefined : index;
}
