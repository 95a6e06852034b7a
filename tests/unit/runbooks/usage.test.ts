import { describe, expect, it } from 'vitest';
import type { IncidentEntry } from '../../../src/lib/content/model.ts';
import { incidentSchema } from '../../../src/lib/content/schema.ts';
import { incidentsUsingRunbook } from '../../../src/lib/runbooks/usage.ts';

const incident = (id: string, runbooks: string[], attempts: { solution: string; outcome: string }[]): IncidentEntry => ({
  id,
  file: `incidents/${id}.mdx`,
  body: '',
  bodyLine: 1,
  data: incidentSchema.parse({
    title: id,
    started: '2024-01-01T00:00',
    resolved: '2024-01-01T01:00',
    severity: 'low',
    symptoms: ['x'],
    runbooks,
    attempts,
  }),
});

describe('incidentsUsingRunbook', () => {
  const incidents = [
    incident('a', ['db'], [
      { solution: 'kill', outcome: 'failed' },
      { solution: 'scale', outcome: 'resolved' },
    ]),
    incident('b', ['db', 'disk'], [
      { solution: 'disk#clean', outcome: 'resolved' },
      { solution: 'db#kill', outcome: 'mitigated' },
    ]),
    incident('c', ['disk'], [{ solution: 'clean', outcome: 'resolved' }]),
    incident('d', [], [{ solution: 'db#scale', outcome: 'failed' }]),
  ];

  it('resolves bare and qualified references and keeps only this runbook’s attempts, in order', () => {
    const uses = incidentsUsingRunbook(incidents, 'db');
    expect(uses.map((u) => [u.incident.id, u.attempts])).toEqual([
      ['a', [{ solution: 'kill', outcome: 'failed' }, { solution: 'scale', outcome: 'resolved' }]],
      ['b', [{ solution: 'kill', outcome: 'mitigated' }]],
      ['d', [{ solution: 'scale', outcome: 'failed' }]],
    ]);
  });

  it('lists an incident that names the runbook even without attempts at it', () => {
    expect(incidentsUsingRunbook([incident('e', ['db'], [])], 'db').map((u) => u.incident.id)).toEqual(['e']);
    expect(incidentsUsingRunbook(incidents, 'nothing')).toEqual([]);
  });
});
