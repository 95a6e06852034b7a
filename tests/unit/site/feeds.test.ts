/** The feeds' contents: which entries, in which order, with which dates and addresses. */
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/lib/content/model.ts';
import { configSchema, incidentSchema, runbookSchema } from '../../../src/lib/content/schema.ts';
import { describe as describeText, incidentDescription } from '../../../src/lib/site/description.ts';
import { buildFeed } from '../../../src/lib/site/feeds.ts';

const entry = <T>(id: string, data: T) => ({ id, file: `${id}.mdx`, data, body: '', bodyLine: 1 });
const runbook = (id: string, reviewed?: string) =>
  entry(id, runbookSchema.parse({
    title: `Runbook ${id}`, summary: `About ${id}`, category: 'db', severity: 'low', symptoms: ['s'],
    causes: [{ id: 'c', title: 'C' }], solutions: [{ id: 's', title: 'S', kind: 'fix' }], ...(reviewed && { reviewed }),
  }));
const incident = (id: string, started: string, resolved: string) =>
  entry(id, incidentSchema.parse({ title: `Incident ${id}`, started, resolved, severity: 'high', symptoms: ['ENOSPC', 'slow writes'] }));

const kb: KnowledgeBase = {
  config: configSchema.parse({ title: 'KB', lang: 'en', timezone: 'Asia/Tokyo' }),
  categories: [],
  glossary: [],
  paths: [],
  runbooks: [runbook('old', '2026-01-10'), runbook('unreviewed'), runbook('new', '2026-09-14')],
  incidents: [
    incident('first', '2025-03-01T10:00', '2025-03-01T11:30'),
    incident('latest', '2026-02-01T09:00:00+09:00', '2026-02-01T10:00:00+09:00'),
  ],
};
const routes = {
  home: () => '/kb/',
  runbook: (id: string) => `/kb/runbooks/${id}/`,
  incident: (id: string) => `/kb/incidents/${id}/`,
};

describe('buildFeed', () => {
  it('lists incidents newest first, dated in the site timezone, described by their symptoms', () => {
    const feed = buildFeed('incidents', kb, 'https://kb.example', routes);
    expect([feed.url, feed.home, feed.title]).toEqual(['https://kb.example/kb/feeds/incidents.xml', 'https://kb.example/kb/', 'KB: New incidents']);
    expect(feed.entries).toEqual([
      { url: 'https://kb.example/kb/incidents/latest/', title: 'Incident latest', published: '2026-02-01T00:00:00.000Z', updated: '2026-02-01T01:00:00.000Z', summary: 'ENOSPC / slow writes' },
      { url: 'https://kb.example/kb/incidents/first/', title: 'Incident first', published: '2025-03-01T01:00:00.000Z', updated: '2025-03-01T02:30:00.000Z', summary: 'ENOSPC / slow writes' },
    ]);
  });

  it('lists reviewed runbooks, latest review first, and leaves out runbooks without a review date', () => {
    const feed = buildFeed('runbooks', kb, 'https://kb.example', routes);
    expect(feed.url).toBe('https://kb.example/kb/feeds/runbooks.xml');
    expect(feed.entries.map((e) => [e.url, e.updated, e.summary])).toEqual([
      ['https://kb.example/kb/runbooks/new/', '2026-09-13T15:00:00.000Z', 'About new'],
      ['https://kb.example/kb/runbooks/old/', '2026-01-09T15:00:00.000Z', 'About old'],
    ]);
  });
});

describe('page descriptions', () => {
  it('puts a summary on one line and cuts a long one at a word', () => {
    expect(describeText('  Too many\n connections. ')).toBe('Too many connections.');
    expect(describeText('   ')).toBeUndefined();
    const long = describeText(`${'word '.repeat(40)}end`)!;
    expect([...long].length).toBeLessThanOrEqual(160);
    expect(long).toMatch(/ word…$/);
    expect(long.endsWith(' …')).toBe(false);
  });

  it('cuts Japanese, which has no spaces, at the limit without splitting a character', () => {
    const long = describeText('接続😀'.repeat(100))!;
    expect([...long].length).toBe(160);
    expect(long.endsWith('…')).toBe(true);
    expect(long).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('describes an incident by its symptoms', () => {
    expect(incidentDescription({ symptoms: ['(1040, \'Too many connections\')', 'API が 500 を返す'] })).toBe("(1040, 'Too many connections') / API が 500 を返す");
  });
});
