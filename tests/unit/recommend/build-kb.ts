/** A tiny knowledge base built in code: one runbook per id, incidents with the attempts a test needs. */
import type { KnowledgeBase } from '../../../src/lib/content/model.ts';
import { configSchema, incidentSchema, runbookSchema } from '../../../src/lib/content/schema.ts';
import type { Outcome } from '../../../src/lib/content/schema.ts';

export interface TestAttempt {
  solution: string;
  outcome: Outcome;
}

export interface TestIncident {
  /** `YYYY-MM-DD`; the incident starts at 10:00 and is resolved at 11:00 that day, Tokyo time. */
  date: string;
  attempts: TestAttempt[];
  kind?: 'incident' | 'drill' | 'near_miss';
  self_recovered?: boolean;
}

/** Runbook `rb` with the given solution ids (in author order), plus the incidents. */
export function buildKb(solutionIds: string[], incidents: TestIncident[], halfLife = '365d', countDrills = false): KnowledgeBase {
  const runbook = runbookSchema.parse({
    title: 'Test runbook',
    category: 'test',
    severity: 'high',
    symptoms: ['something broke'],
    causes: [{ id: 'cause', title: 'A cause' }],
    solutions: solutionIds.map((id) => ({ id, title: `Solution ${id}`, kind: 'fix' })),
  });
  return {
    config: configSchema.parse({ timezone: 'Asia/Tokyo', success: { half_life: halfLife, count_drills: countDrills } }),
    categories: [],
    glossary: [],
    runbooks: [{ id: 'rb', file: 'runbooks/rb.mdx', data: runbook, body: '', bodyLine: 1 }],
    incidents: incidents.map((incident, i) => {
      const id = `${incident.date}-incident-${i}`;
      const data = incidentSchema.parse({
        title: `Incident ${i}`,
        started: `${incident.date}T10:00:00`,
        resolved: `${incident.date}T11:00:00`,
        severity: 'high',
        symptoms: ['something broke'],
        runbooks: ['rb'],
        attempts: incident.attempts,
        ...(incident.kind ? { kind: incident.kind } : {}),
        ...(incident.self_recovered ? { self_recovered: true } : {}),
      });
      return { id, file: `incidents/${id}.mdx`, data, body: '', bodyLine: 1 };
    }),
    paths: [],
  };
}

/** `n` incidents on `date`, each with one attempt of `solution` with `outcome`. */
export function repeat(n: number, date: string, solution: string, outcome: Outcome): TestIncident[] {
  return Array.from({ length: n }, () => ({ date, attempts: [{ solution, outcome }] }));
}
