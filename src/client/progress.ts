/**
 * Reading progress in the browser's localStorage, one value per path or checklist, never sent
 * anywhere. Storage may be disabled (throws on access), full (throws on write) or hold anything
 * (parsed defensively by src/lib/paths/progress.ts): in every case the page keeps working, and
 * what the reader ticks lasts at least until they leave the page (an in-memory copy).
 */
import {
  EMPTY_PROGRESS,
  markChoice,
  markDone,
  parseProgress,
  progressKey,
  serializeProgress,
  type Progress,
  type ProgressKind,
} from '../lib/paths/progress.ts';

// What this page wrote; read first, so a write that storage refused still shows.
const memory = new Map<string, string | null>();

function readRaw(key: string): string | null {
  if (memory.has(key)) return memory.get(key) ?? null;
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage disabled: nothing was kept
  }
}

function writeRaw(key: string, value: string | null): void {
  memory.set(key, value);
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Full or disabled: the in-memory copy carries this page.
  }
}

/** The stored progress of path or checklist `id`; `known` drops keys that no longer exist. */
export function loadProgress(kind: ProgressKind, id: string, known?: readonly string[]): Progress {
  return parseProgress(readRaw(progressKey(kind, id)), known);
}

/** Tick or untick `key` and store the result; returns the new progress. */
export function saveTick(kind: ProgressKind, id: string, key: string, done: boolean, known?: readonly string[]): Progress {
  const next = markDone(loadProgress(kind, id, known), key, done, Date.now());
  writeRaw(progressKey(kind, id), serializeProgress(next));
  return next;
}

/** Keep the first response chosen in a replay step (the step counts as done); returns the new progress. */
export function saveChoice(pathId: string, key: string, choice: string, known?: readonly string[]): Progress {
  const next = markChoice(loadProgress('progress', pathId, known), key, choice, Date.now());
  writeRaw(progressKey('progress', pathId), serializeProgress(next));
  return next;
}

/** Forget the progress of path or checklist `id`. */
export function resetProgress(kind: ProgressKind, id: string): Progress {
  writeRaw(progressKey(kind, id), null);
  return EMPTY_PROGRESS;
}

/** Fill `{name}` placeholders of a template rendered by the page (the UI strings live server-side). */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
