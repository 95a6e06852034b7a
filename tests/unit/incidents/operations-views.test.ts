/**
 * The pure functions behind the operations parts of the pages: deadline wording, recurrence
 * links, check targets, the alert filter, the replay view and the choice kept with path progress.
 * Run on tests/fixtures/validate/valid-operations (Asia/Tokyo; P1 respond 15m, escalate 30m to
 * on-call and SRE lead).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/lib/content/model.ts';
import { runbookById } from '../../../src/lib/content/refs.ts';
import { describeRecurrence, recurrenceOf } from '../../../src/lib/incidents/recurrence.ts';
import { deadlineFor, describeDeadline, responseCheck } from '../../../src/lib/incidents/response.ts';
import { markChoice, parseProgress, serializeProgress, EMPTY_PROGRESS } from '../../../src/lib/paths/progress.ts';
import { replayView } from '../../../src/lib/paths/replay.ts';
import { alertMatches, alertRoutes, alertRowText } from '../../../src/lib/runbooks/alerts.ts';
import { checkTarget } from '../../../src/lib/runbooks/checks.ts';
import { loadContent } from '../../../src/node/content.ts';
import { fixtureDir } from '../validate/fixtures.ts';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = (await loadContent(fixtureDir('valid-operations'))).kb;
});
const incident = (id: string) => kb.incidents.find((i) => i.id === id)!;

describe('deadlines', () => {
  it('words the policy in both languages, with and without escalation', () => {
    const p1 = deadlineFor(kb.config.severity_policy, 'critical')!;
    expect(describeDeadline(p1, 'en')).toBe('P1: respond within 15 min, escalate after 30 min to on-call, SRE lead');
    expect(describeDeadline(p1, 'ja')).toBe('P1: 15分以内に対応開始、30分でon-call、SRE leadへエスカレーション');
    expect(describeDeadline(deadlineFor(kb.config.severity_policy, 'medium')!, 'en')).toBe('P3: respond within 4 h');
    expect(deadlineFor(kb.config.severity_policy, 'low')).toBeUndefined();
  });

  it('cannot tell without a later event', () => {
    // 2026-03-01-first: detected 10:07, no timeline and attempts without a time.
    expect(responseCheck(incident('2026-03-01-first').data, kb.config.severity_policy, 'Asia/Tokyo')).toMatchObject({ met: undefined, response_minutes: undefined });
  });
});

describe('recurrence', () => {
  it('links both ways and counts the place in the chain', () => {
    const second = recurrenceOf(kb.incidents, '2026-03-02-again', 'Asia/Tokyo')!;
    expect(second).toEqual({ of: [{ id: '2026-03-01-first', title: 'Checkout failed' }], again: [], ordinal: 2, hours: 24 });
    expect(describeRecurrence(second, 'en')).toBe('The second time in 24 hours');
    expect(describeRecurrence(second, 'ja')).toBe('24時間で2回目');
    const first = recurrenceOf(kb.incidents, '2026-03-01-first', 'Asia/Tokyo')!;
    expect(first.again).toEqual([{ id: '2026-03-02-again', title: 'Checkout failed again' }]);
    expect(describeRecurrence(first, 'en')).toBeUndefined();
    expect(recurrenceOf(kb.incidents, '2026-03-10-game-day', 'Asia/Tokyo')).toBeUndefined();
  });
});

describe('checks and alerts', () => {
  it("resolves a check's next to its own solution, another runbook, or another runbook's solution", () => {
    const runbook = kb.runbooks.find((r) => r.id === 'too-many-connections')!;
    const targets = runbook.data.checks.map((c) => checkTarget(c, runbook, runbookById(kb)));
    expect(targets).toEqual([
      { runbook: 'too-many-connections', solution: 'kill-idle-connections', title: 'Kill idle connections' },
      { runbook: 'disk-full', solution: 'free-space', title: 'Disk full: Delete old logs' },
      { runbook: 'disk-full', title: 'Disk full' },
    ]);
  });

  it('filters catalogue rows by every typed word, width and case folded, and by service', () => {
    const row = { text: alertRowText(alertRoutes(kb).find((r) => r.name === 'RDSConnectionsHigh')!), services: ['mysql'] };
    expect(alertMatches(row, 'ｄａｔａｂａｓｅconnections  80%', '')).toBe(true);
    expect(alertMatches(row, 'database cpu', '')).toBe(false);
    expect(alertMatches(row, '', 'mysql')).toBe(true);
    expect(alertMatches(row, '', 'redis')).toBe(false);
  });
});

describe('replay', () => {
  it('shows the incident at detection, offers its runbooks’ solutions, and reveals the attempts', () => {
    expect(replayView(incident('2026-03-01-first'), kb)).toEqual({
      id: '2026-03-01-first',
      title: 'Checkout failed',
      symptoms: ['ERROR 1040 (HY000): Too many connections'],
      alert: 'RDSConnectionsHigh',
      seen: [],
      choices: [
        { key: 'too-many-connections#kill-idle-connections', title: 'Kill idle connections', kind: 'mitigation' },
        { key: 'disk-full#free-space', title: 'Delete old logs', kind: 'mitigation' },
      ],
      tried: [
        { key: 'too-many-connections#kill-idle-connections', title: 'Kill idle connections', outcome: 'resolved' },
        { key: 'disk-full#free-space', title: 'Delete old logs', outcome: 'failed' },
      ],
      worked: ['too-many-connections#kill-idle-connections'],
      self_recovered: false,
    });
  });

  it('keeps the choice with the path progress, drops choices of removed steps and ignores junk', () => {
    const progress = markChoice(EMPTY_PROGRESS, 'step-a', 'rb#fix', 5);
    expect(progress).toEqual({ done: ['step-a'], updated: 5, choices: { 'step-a': 'rb#fix' } });
    expect(parseProgress(serializeProgress(progress), ['step-a'])).toEqual(progress);
    expect(parseProgress(serializeProgress(progress), ['step-b'])).toEqual({ done: [], updated: 5 });
    expect(parseProgress(JSON.stringify({ v: 1, done: [], updated: 1, choices: { a: 3, b: 'x' } }))).toEqual({ done: [], updated: 1, choices: { b: 'x' } });
  });
});
