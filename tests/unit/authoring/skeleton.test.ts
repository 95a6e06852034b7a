import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContent, parseKnowledgeBase } from '../../../src/lib/content/load.ts';
import type { ContentFile } from '../../../src/lib/content/model.ts';
import {
  idFromText,
  incidentId,
  incidentSkeleton,
  isoDateTime,
  pathSkeleton,
  runbookSkeleton,
  type Skeleton,
} from '../../../src/lib/authoring/skeleton.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';

const FIXTURE = 'tests/fixtures/authoring/content';

function fixtureFiles(): ContentFile[] {
  return readdirSync(FIXTURE, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const full = path.join(e.parentPath, e.name);
      return { path: path.relative(FIXTURE, full).split(path.sep).join('/'), text: readFileSync(full, 'utf8') };
    });
}

/** The fixture plus the skeletons, parsed as the validator would. */
function parseWith(...skeletons: Skeleton[]) {
  return parseKnowledgeBase([...fixtureFiles(), ...skeletons.map((s) => ({ path: s.path, text: s.text }))]);
}

const runbook = (lang: 'ja' | 'en') =>
  runbookSkeleton({
    id: 'disk-full',
    title: 'Disk full: No space left on device',
    category: 'storage',
    severity: 'high',
    // `: ` and a leading backtick both need quotes in YAML; the emitter must add them.
    symptom: '`df -h` shows Use% 100%: "No space left on device"',
    lang,
    today: '2026-11-21',
  });

describe('runbook skeleton', () => {
  for (const lang of ['ja', 'en'] as const) {
    it(`validates with the fixture's categories (${lang})`, () => {
      const skeleton = runbook(lang);
      const { kb, problems } = parseWith(skeleton);
      expect(problems).toEqual([]);
      const entry = kb.runbooks.find((r) => r.id === 'disk-full');
      expect(entry?.file).toBe('runbooks/storage/disk-full.mdx');
      expect(entry?.data.symptoms).toEqual(['`df -h` shows Use% 100%: "No space left on device"']);
      expect(entry?.data.solutions.map((s) => s.kind)).toEqual(['mitigation', 'fix', 'prevention']);
      expect(entry?.data.reviewed).toBe('2026-11-21');
    });
  }

  it('has an MDX body that compiles, with a detail section per solution', async () => {
    const skeleton = runbook('ja');
    const problems = await validateContent(parseContent([...fixtureFiles(), skeleton]), { now: new Date('2026-11-21T00:00:00Z') });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const headings = skeleton.text.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '## 概要',
      '## 診断',
      '## 一次対応',
      '### first-response',
      '## 恒久対応',
      '### permanent-fix',
      '## 再発防止',
      '### prevent-recurrence',
    ]);
  });

  it('writes the outline in English for an English entry', () => {
    const headings = runbook('en').text.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## Overview', '## Diagnosis', '## First response', '## Fix', '## Prevention']);
  });
});

describe('incident skeleton', () => {
  const incident = (runbookId?: string) =>
    incidentSkeleton({
      id: '2026-11-20-db-connections',
      title: 'Orders API refused connections',
      severity: 'high',
      symptom: 'ERROR 1040 (HY000): Too many connections',
      lang: 'en',
      started: '2026-11-20T23:40:00+09:00',
      resolved: '2026-11-21T00:30:00+09:00',
      runbook: runbookId,
      attempt: runbookId ? { solution: `${runbookId}#kill-idle-connections`, outcome: 'mitigated' } : undefined,
    });

  it('records the runbook and what was tried, and validates', () => {
    const skeleton = incident('too-many-connections');
    expect(skeleton.path).toBe('incidents/2026/2026-11-20-db-connections.mdx');
    const { kb, problems } = parseWith(skeleton);
    expect(problems).toEqual([]);
    const data = kb.incidents[0]?.data;
    expect(data?.severity).toBe('high');
    expect(data?.runbooks).toEqual(['too-many-connections']);
    expect(data?.attempts).toEqual([{ solution: 'too-many-connections#kill-idle-connections', outcome: 'mitigated' }]);
  });

  it('validates without a runbook too', () => {
    expect(parseWith(incident()).problems).toEqual([]);
  });

  it('has the post-mortem outline', () => {
    const headings = incident().text.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## Summary', '## Timeline', '## Impact', '## Root cause analysis', '## Action items']);
  });
});

describe('path skeleton', () => {
  it('validates with steps that name existing entries', () => {
    const skeleton = pathSkeleton({ id: 'db-basics', title: 'DB basics', lang: 'ja', entries: ['too-many-connections'] });
    expect(skeleton.path).toBe('paths/db-basics.yaml');
    const { kb, problems } = parseWith(skeleton);
    expect(problems).toEqual([]);
    expect(kb.paths[0]?.data.steps.map((s) => s.entry)).toEqual(['too-many-connections']);
  });
});

describe('ids', () => {
  it('slugifies the latin part of a title', () => {
    expect(idFromText('ディスク容量が枯渇する (No space left on device / ENOSPC)')).toBe('no-space-left-on-device-enospc');
    expect(idFromText('Café  crème: TLS handshake')).toBe('cafe-creme-tls-handshake');
    expect(idFromText('接続できない')).toBe('');
  });

  it('cuts long titles at a word boundary', () => {
    const id = idFromText('one two three four five six seven eight nine ten eleven twelve thirteen');
    expect(id.length).toBeLessThanOrEqual(60);
    expect(id).toMatch(/^one-two-.*[a-z]$/);
    expect('one-two-three-four-five-six-seven-eight-nine-ten-eleven-twelve-thirteen'.startsWith(`${id}-`)).toBe(true);
  });

  it('prefixes incidents with the date they started, using the runbook when the title has no latin letters', () => {
    expect(incidentId('2026-11-20T23:40:00+09:00', 'Orders API down')).toBe('2026-11-20-orders-api-down');
    expect(incidentId('2026-11-20T23:40:00+09:00', '注文 API 停止', 'db-cpu-high')).toBe('2026-11-20-api');
    expect(incidentId('2026-11-20T23:40:00+09:00', '注文が止まった', 'db-cpu-high')).toBe('2026-11-20-db-cpu-high');
    expect(incidentId('2026-11-20T23:40:00+09:00', '注文が止まった')).toBeUndefined();
  });

  it('writes date-times in the site timezone with their offset', () => {
    const instant = Date.parse('2026-11-20T14:40:30Z');
    expect(isoDateTime(instant, 'Asia/Tokyo')).toBe('2026-11-20T23:40:00+09:00');
    expect(isoDateTime(instant, 'America/New_York')).toBe('2026-11-20T09:40:00-05:00');
    expect(isoDateTime(instant, 'UTC')).toBe('2026-11-20T14:40:00+00:00');
  });
});
