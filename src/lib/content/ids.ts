/** Entry ids: the file name without its extension, unique within its collection. */
import { collectionOf, ENTRY_LABEL, idOf } from './layout.ts';
import type { Problem } from './model.ts';
import { fileStart } from './positions.ts';
import { problemAt } from './problems.ts';
import { ID_PATTERN } from './schema.ts';

/**
 * File names that are not valid ids, and ids used by two files of one collection (wherever their
 * folders). `rejected` holds the files to leave out of the knowledge base: the malformed ones and
 * every copy of an id after the first.
 */
export function checkIds(files: readonly string[]): { problems: Problem[]; rejected: Set<string> } {
  const problems: Problem[] = [];
  const rejected = new Set<string>();
  const first = new Map<string, string>();
  const atStart = (file: string, message: string) => problems.push(problemAt(fileStart, file, [], message));
  for (const file of [...files].sort()) {
    const collection = collectionOf(file);
    if (!collection) continue;
    const id = idOf(file);
    const key = `${collection}/${id}`;
    if (!ID_PATTERN.test(id)) {
      rejected.add(file);
      atStart(file, `the file name "${id}" is not a valid id: use lowercase letters, digits and single hyphens (e.g. "disk-full")`);
    } else if (first.has(key)) {
      rejected.add(file);
      atStart(file, `duplicate ${ENTRY_LABEL[collection]} id "${id}": ${first.get(key)} has the same file name; rename one of them (ids are unique across folders)`);
    } else first.set(key, file);
  }
  return { problems, rejected };
}

