import path from 'node:path';

/** File-system failures in words: what a person can act on, instead of an errno and a stack trace. */

const REASONS: Record<string, string> = {
  ENOENT: 'it does not exist',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EEXIST: 'it already exists',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
};

/** The reason a file operation failed, in a few words. */
export function fileErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (code && REASONS[code]) ?? (error instanceof Error ? error.message : String(error));
}

/** An index file that is missing, unreadable or damaged (a one-line message, no stack trace). */
export class IndexReadError extends Error {}

/** A path as the user can type it from where they stand: relative inside the cwd, else absolute. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file).split(path.sep).join('/') || '.';
  return relative.startsWith('../') ? path.resolve(file) : relative;
}
