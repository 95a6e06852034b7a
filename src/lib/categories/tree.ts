/**
 * The category taxonomy as pages see it: every category addressed by its path
 * (`database`, `database/connections`), the same string a runbook's `category` holds.
 */
import type { RunbookEntry } from '../content/model.ts';
import type { Category } from '../content/schema.ts';

export interface CategoryNode {
  /** `database/connections`: also the page's URL below `/categories/`. */
  path: string;
  category: Category;
  /** The categories above this one, outermost first. */
  ancestors: Category[];
}

/** Every category, parents before their children, in file order. */
export function flattenCategories(categories: readonly Category[], ancestors: Category[] = []): CategoryNode[] {
  return categories.flatMap((category) => {
    const path = [...ancestors, category].map((c) => c.id).join('/');
    return [{ path, category, ancestors }, ...flattenCategories(category.children, [...ancestors, category])];
  });
}

/** The runbooks filed under a category path or any of its subcategories. */
export function runbooksInCategory(runbooks: readonly RunbookEntry[], path: string): RunbookEntry[] {
  return runbooks.filter((r) => r.data.category === path || r.data.category.startsWith(`${path}/`));
}
