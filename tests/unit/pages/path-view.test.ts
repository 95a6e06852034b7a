import { describe, expect, it } from 'vitest';
import { pathView } from '../../../src/lib/pages/path-view.ts';
import { loadContent } from '../../../src/node/content.ts';
import { rootRoutes } from '../../../src/lib/routes.ts';

describe('pathView', () => {
  it('links every step to its entry with the path and its 1-based step in the query, and totals the time', { timeout: 30_000 }, async () => {
    const { kb } = await loadContent('content');
    const path = kb.paths.find((p) => p.id === 'db-first-month')!;
    const view = pathView(path, kb, rootRoutes);
    expect(view.steps.map((s) => s.entry)).toEqual(path.data.steps.map((s) => s.entry));
    view.steps.forEach((step, i) => {
      expect(step.target?.href).toBe(`/${step.target!.kind}s/${step.entry}/?path=db-first-month&step=${i + 1}`);
    });
    expect(view.total.minutes).toBe(view.steps.reduce((sum, s) => sum + (s.minutes ?? 0), 0));
    expect(view.prerequisites.every((p) => p.url === `/paths/${p.id}/`)).toBe(true);
  });
});
