import { describe, expect, it } from 'vitest';
import type { IncidentEntry, RunbookEntry } from '../../../src/lib/content/model.ts';
import { categoriesSchema } from '../../../src/lib/content/schema.ts';
import { flattenCategories, runbooksInCategory } from '../../../src/lib/categories/tree.ts';
import { collectTags } from '../../../src/lib/site/tags.ts';
import { editUrl } from '../../../src/lib/site/edit-url.ts';

const runbook = (id: string, category: string, tags: string[] = []) =>
  ({ id, file: `runbooks/${id}.mdx`, body: '', bodyLine: 1, data: { category, tags } }) as unknown as RunbookEntry;
const incident = (id: string, tags: string[]) =>
  ({ id, file: `incidents/${id}.mdx`, body: '', bodyLine: 1, data: { tags } }) as unknown as IncidentEntry;

describe('category tree', () => {
  const categories = categoriesSchema.parse([
    { id: 'database', title: { ja: 'データベース', en: 'Database' }, children: [{ id: 'connections', title: 'Connections' }] },
    { id: 'storage', title: 'Storage' },
  ]);

  it('addresses every category by its path, parents first, with its ancestors', () => {
    const nodes = flattenCategories(categories);
    expect(nodes.map((n) => [n.path, n.ancestors.map((a) => a.id)])).toEqual([
      ['database', []],
      ['database/connections', ['database']],
      ['storage', []],
    ]);
  });

  it('files a runbook under its category and every ancestor, not under look-alike prefixes', () => {
    const runbooks = [runbook('a', 'database/connections'), runbook('b', 'database'), runbook('c', 'databases')];
    expect(runbooksInCategory(runbooks, 'database').map((r) => r.id)).toEqual(['a', 'b']);
    expect(runbooksInCategory(runbooks, 'database/connections').map((r) => r.id)).toEqual(['a']);
  });
});

describe('collectTags', () => {
  it('merges spellings into one slug, lists runbooks and incidents, sorted by label', () => {
    const tags = collectTags({
      runbooks: [runbook('a', 'x', ['MySQL', 'rds']), runbook('b', 'x', ['mysql'])],
      incidents: [incident('i', ['mysql', 'mysql'])],
    });
    expect(tags.map((t) => [t.slug, t.label, t.runbooks.map((r) => r.id), t.incidents.map((i) => i.id)])).toEqual([
      ['mysql', 'MySQL', ['a', 'b'], ['i']],
      ['rds', 'rds', ['a'], []],
    ]);
  });
});

describe('editUrl', () => {
  it('points at the file inside the content folder of the repository', () => {
    expect(editUrl('https://github.com/example/kb/', 'content', 'runbooks/db/x.mdx')).toBe(
      'https://github.com/example/kb/edit/main/content/runbooks/db/x.mdx',
    );
    expect(editUrl('https://github.com/example/kb', '', 'runbooks/x.mdx')).toBe(
      'https://github.com/example/kb/edit/main/runbooks/x.mdx',
    );
    expect(editUrl(undefined, 'content', 'runbooks/x.mdx')).toBeUndefined();
  });
});
