/**
 * Node adapter: files written whole or not at all. The data goes to a temporary file in the
 * target's own directory (same file system, so the rename is atomic), is flushed to disk, and is
 * renamed over the target: a crash, `kill -9` or full disk at any moment leaves either the previous
 * file or the new one, never a truncated mix, and never no file.
 */
import { randomBytes } from 'node:crypto';
import { link, mkdir, open, rename, rm, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { fileErrorReason } from './fs-errors.ts';

/** A write that did not happen, with the reason in words (the previous file, if any, is untouched). */
export class WriteError extends Error {
  /** The errno code behind it (`EEXIST` for an exclusive write that found a file), when there is one. */
  readonly code: string | undefined;
  readonly reason: string;
  readonly file: string;
  constructor(file: string, cause: unknown) {
    const reason = typeof cause === 'string' ? cause : fileErrorReason(cause);
    super(`cannot write ${file}: ${reason}`);
    this.file = file;
    this.reason = reason;
    this.code = (cause as NodeJS.ErrnoException | undefined)?.code;
  }
}

export interface WriteOptions {
  /** Refuse to replace an existing file (WriteError "it already exists"); the check and the write are one step. */
  exclusive?: boolean;
}

/** Write `data` to `file` atomically, creating its directory. Throws WriteError, never leaves a temp file. */
export async function writeFileAtomic(file: string, data: string | Uint8Array, { exclusive = false }: WriteOptions = {}): Promise<void> {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    // A directory at the target would make rename fail after all the writing: say so first.
    if ((await stat(file).catch(() => undefined))?.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
    // mkdir says EEXIST when a part of the path is a file: that is not "the target exists".
    await mkdir(dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'EEXIST' ? Object.assign(error, { code: 'ENOTDIR' }) : error;
    });
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // link() fails when the target exists, so "never overwrite" holds even against a racing writer.
    if (exclusive) await link(temp, file);
    else await rename(temp, file);
  } catch (error) {
    throw new WriteError(file, error);
  } finally {
    await unlink(temp).catch(() => undefined);
  }
  await syncDirectory(dir);
}

/** Make the rename itself durable (best effort: some file systems refuse to fsync a directory). */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // nothing more can be done; the data itself is on disk
  }
}

/**
 * Replace the directory `dir` with exactly `files` (paths relative to it, with `/`): they are
 * written into a fresh sibling directory, which then takes the old one's place. Readers see the
 * old set or the new set; after a crash, the old directory is still there (or, in the instant
 * between the two renames, `<dir>.old-*` beside it holds it).
 */
export async function writeDirAtomic(dir: string, files: ReadonlyMap<string, string | Uint8Array>): Promise<void> {
  const parent = path.dirname(dir);
  const stamp = randomBytes(6).toString('hex');
  const fresh = path.join(parent, `.${path.basename(dir)}.${stamp}.tmp`);
  const old = path.join(parent, `.${path.basename(dir)}.${stamp}.old`);
  let moved = false;
  try {
    const existing = await stat(dir).catch(() => undefined);
    if (existing && !existing.isDirectory()) throw new WriteError(dir, 'it is a file, not a directory');
    await mkdir(fresh, { recursive: true });
    for (const [name, data] of files) await writeFileAtomic(path.join(fresh, ...name.split('/')), data);
    if (existing) {
      await rename(dir, old);
      moved = true;
    }
    await rename(fresh, dir);
  } catch (error) {
    if (moved) await rename(old, dir).catch(() => undefined);
    await rm(fresh, { recursive: true, force: true });
    throw error instanceof WriteError ? error : new WriteError(dir, error);
  }
  await rm(old, { recursive: true, force: true });
  await syncDirectory(parent);
}
