/** The zod-issue rewrites that the fixtures do not reach, pinned as the text an author reads. */
import { describe, expect, it } from 'vitest';
import { describeIssues } from '../../../src/lib/content/error-messages.ts';
import { fieldPath } from '../../../src/lib/content/positions.ts';
import { categoriesSchema, configSchema, incidentSchema, runbookSchema } from '../../../src/lib/content/schema.ts';
import { closest } from '../../../src/lib/content/suggest.ts';

type Schema = typeof runbookSchema | typeof incidentSchema | typeof categoriesSchema | typeof configSchema;

function messages(schema: Schema, value: unknown): string[] {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return [];
  return describeIssues(schema, result.error.issues).map((i) => `${fieldPath(i.path)}: ${i.message}`);
}

const incident = {
  title: 'Outage',
  started: '2026-03-02T10:05',
  resolved: '2026-03-02T11:00',
  severity: 'high',
  symptoms: ['slow'],
};

describe('describeIssues', () => {
  it('gives the bound a number broke', () => {
    const runbook = {
      title: 'T', category: 'db', severity: 'low', symptoms: ['s'], solutions: [{ id: 's', title: 'S', kind: 'fix' }],
      causes: [{ id: 'c', title: 'C', likelihood: 1.5 }],
    };
    expect(messages(runbookSchema, runbook)).toEqual(['causes[0].likelihood: expected a number at most 1; got the number 1.5']);
  });

  it('keeps a message the schema wrote, such as the SLA percentage', () => {
    expect(messages(incidentSchema, { ...incident, impact: { sla_target: 100 } })).toEqual([
      'impact.sla_target: must be a percentage below 100, e.g. 99.9',
    ]);
  });

  it('joins the alternatives of a union when every one applies', () => {
    expect(messages(incidentSchema, { ...incident, timeline: [{ at: '25:99', event: 'x' }] })).toEqual([
      'timeline[0].at: must be a quoted time of day such as "10:05" or an ISO 8601 date-time such as "2026-03-02T10:05:00+09:00"; got "25:99"',
    ]);
  });

  it('names the types a union takes when none matched', () => {
    expect(messages(categoriesSchema, [{ id: 'db', title: ['Database'] }])).toEqual([
      '[0].title: expected text or fields (key: value); got a list',
    ]);
  });

  it('follows the union branch the value was meant for', () => {
    expect(messages(categoriesSchema, [{ id: 'db', title: { ja: 'DB', english: 'Database' } }])).toEqual([
      '[0].title.english: unknown field; known fields: ja, en',
    ]);
  });

  it('says when text is empty and when a URL is not one', () => {
    expect(messages(configSchema, { title: ' ', repo_url: 'github.com/example/kb' })).toEqual([
      'title: must not be empty',
      'repo_url: must be an http(s) address such as "https://github.com/example/kb"; got "github.com/example/kb"',
    ]);
  });
});

describe('closest', () => {
  it('suggests plausible typos, spelled-out names and case slips, and nothing for unrelated words', () => {
    expect(closest('symptom', ['symptoms', 'summary'])).toBe('symptoms');
    expect(closest('language', ['lang', 'title'])).toBe('lang');
    expect(closest('Database', ['database'])).toBe('database');
    expect(closest('foo', ['title', 'summary'])).toBeUndefined();
    expect(closest('c2', ['c1'])).toBeUndefined();
  });
});
