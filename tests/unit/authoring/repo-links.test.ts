import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileEditUrl, newFileUrl, reportOutcomeUrl, writeRunbookUrl, type Repo } from '../../../src/lib/authoring/repo-links.ts';
import { parseKnowledgeBase } from '../../../src/lib/content/load.ts';

const FIXTURE = 'tests/fixtures/authoring/content';
const fixtureFiles = ['categories.yaml', 'fixpath.config.yaml', 'runbooks/database/too-many-connections.mdx'].map((path) => ({
  path,
  text: readFileSync(`${FIXTURE}/${path}`, 'utf8'),
}));
const { kb } = parseKnowledgeBase(fixtureFiles);
const runbook = kb.runbooks[0]!;
const repo: Repo = { url: 'https://github.com/example/kb/', contentPath: 'content' };
const context = { lang: 'ja' as const, timeZone: 'Asia/Tokyo', now: Date.parse('2026-11-20T14:40:00Z') };

/** Split a new-file URL into where it goes and the file text, as GitHub's editor reads them. */
function opened(url: string | undefined) {
  const parsed = new URL(url!);
  return { path: `${parsed.pathname}/${parsed.searchParams.get('filename')}`, text: parsed.searchParams.get('value')! };
}

describe('repository links', () => {
  it('edits a content file on its branch', () => {
    expect(fileEditUrl(repo, 'runbooks/database/too-many-connections.mdx')).toBe(
      'https://github.com/example/kb/edit/main/content/runbooks/database/too-many-connections.mdx',
    );
    expect(fileEditUrl({ ...repo, url: undefined }, 'x.mdx')).toBeUndefined();
  });

  it('reports an outcome as a new incident that validates next to its runbook', () => {
    const url = reportOutcomeUrl(repo, runbook, runbook.data.solutions[0]!, context);
    expect(url).toMatch(/^https:\/\/github\.com\/example\/kb\/new\/main\/content\/incidents\/2026\?filename=2026-11-20-too-many-connections\.mdx&value=/);
    const file = opened(url);
    expect(file.path).toBe('/example/kb/new/main/content/incidents/2026/2026-11-20-too-many-connections.mdx');
    expect(file.text).toContain('runbooks:\n  - too-many-connections\n');
    expect(file.text).toContain('  - solution: too-many-connections#kill-idle-connections\n    outcome: resolved\n');
    expect(file.text).toContain('started: 2026-11-20T23:40:00+09:00');
    const { kb: withIncident, problems } = parseKnowledgeBase([...fixtureFiles, { path: 'incidents/2026/2026-11-20-too-many-connections.mdx', text: file.text }]);
    expect(problems).toEqual([]);
    expect(withIncident.incidents[0]?.data.severity).toBe(runbook.data.severity);
    expect(withIncident.incidents[0]?.data.symptoms).toEqual([runbook.data.symptoms[0]]);
  });

  it('writes a runbook for an empty search, the query as its first symptom', () => {
    const query = 'ERROR 2013 (HY000): Lost connection to MySQL server during query';
    const file = opened(writeRunbookUrl(repo, `  ${query} `, { ...context, category: 'database/connections' }));
    expect(file.path).toBe('/example/kb/new/main/content/runbooks/database/error-2013-hy000-lost-connection-to-mysql-server-during.mdx');
    const { kb: withRunbook, problems } = parseKnowledgeBase([...fixtureFiles, { path: 'runbooks/database/new.mdx', text: file.text }]);
    expect(problems).toEqual([]);
    expect(withRunbook.runbooks.find((r) => r.id === 'new')?.data.symptoms).toEqual([query]);
    expect(writeRunbookUrl(repo, '   ', { ...context, category: 'database' })).toBeUndefined();
  });

  it('encodes Japanese and reserved characters so the editor gets the text back intact', () => {
    const skeleton = { id: 'x', path: 'runbooks/データ/x & y.mdx', text: 'a&b=c #d 接続\n' };
    const file = opened(newFileUrl(repo, skeleton));
    expect(decodeURIComponent(file.path)).toBe('/example/kb/new/main/content/runbooks/データ/x & y.mdx');
    expect(file.text).toBe('a&b=c #d 接続\n');
  });

  it('gives no link without a repo_url', () => {
    const none = { ...repo, url: undefined };
    expect(reportOutcomeUrl(none, runbook, runbook.data.solutions[0]!, context)).toBeUndefined();
    expect(writeRunbookUrl(none, 'x', { ...context, category: 'database' })).toBeUndefined();
  });
});
