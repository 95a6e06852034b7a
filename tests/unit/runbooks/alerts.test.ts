import { describe, expect, it } from 'vitest';
import { parseKnowledgeBase } from '../../../src/lib/content/load.ts';
import { alertRoutes } from '../../../src/lib/runbooks/alerts.ts';
import { createRoutes, rootRoutes } from '../../../src/lib/routes.ts';

const runbook = (title: string, alerts: string[]) => `---
title: ${title}
category: database
severity: high
symptoms: [x]
causes: [{ id: c, title: c }]
solutions: [{ id: s, title: s, kind: fix }]
alerts: [${alerts.join(', ')}]
---
`;

describe('alert routes', () => {
  it('maps every alert name to the runbook that lists it, sorted by name', () => {
    const { kb } = parseKnowledgeBase([
      { path: 'categories.yaml', text: '- id: database\n  title: DB\n' },
      { path: 'runbooks/b.mdx', text: runbook('B', ['ZetaDown', 'AlphaHigh']) },
      { path: 'runbooks/a.mdx', text: runbook('A', ['MidLow']) },
    ]);
    expect(alertRoutes(kb).map((r) => [r.name, r.runbook.id])).toEqual([
      ['AlphaHigh', 'b'],
      ['MidLow', 'a'],
      ['ZetaDown', 'b'],
    ]);
  });

  it('gives each alert a stable, URL-safe address', () => {
    expect(rootRoutes.alert('MySQLTooManyConnections')).toBe('/alerts/MySQLTooManyConnections/');
    expect(rootRoutes.alert('Disk usage > 90%')).toBe('/alerts/Disk%20usage%20%3E%2090%25/');
    expect(createRoutes('/kb/').alert('A')).toBe('/kb/alerts/A/');
  });
});
