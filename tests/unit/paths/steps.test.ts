import { describe, expect, it } from 'vitest';
import type { PathEntry } from '../../../src/lib/content/model.ts';
import { resolvePathSteps } from '../../../src/lib/paths/steps.ts';

describe('resolvePathSteps', () => {
  it("carries a runbook's summary and difficulty for the path page; incidents have neither", () => {
    const kb = {
      runbooks: [{ id: 'disk-full', data: { title: 'Disk full', summary: 'The disk is full.', difficulty: 'beginner' } }],
      incidents: [{ id: '2024-01-01-outage', data: { title: 'Outage' } }],
    } as never;
    const path = { data: { steps: [{ entry: 'disk-full' }, { entry: '2024-01-01-outage' }] } } as PathEntry;
    expect(resolvePathSteps(path, kb).map((s) => s.entry && [s.entry.summary, s.entry.difficulty])).toEqual([
      ['The disk is full.', 'beginner'],
      [undefined, undefined],
    ]);
  });
});
