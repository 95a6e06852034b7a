/**
 * The operations model of the content format (alerts, checks, detection, recurrence, drills,
 * replay steps, severity policy): one broken fixture per kind of mistake, and the exact lines the
 * validator prints for it.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/node/content.ts';
import { fixtureDir, linesIn, problemsIn } from './fixtures.ts';

const RUNBOOK = 'runbooks/database/too-many-connections.mdx';
const INCIDENT = 'incidents/2026-03-02-db-connections.mdx';

describe('operations fields: a valid knowledge base', () => {
  it('accepts every new field, with no error or warning', async () => {
    const problems = await problemsIn('valid-operations');
    expect(problems.filter((p) => !p.message.startsWith('no incident has tried'))).toEqual([]);
  });

  it('reads alerts, steps and the policy into one shape each', async () => {
    const { kb } = await loadContent(fixtureDir('valid-operations'));
    const runbook = kb.runbooks.find((r) => r.id === 'too-many-connections')!;
    // A bare name and an object come out alike; a bare number threshold is read as the text written.
    expect(runbook.data.alerts).toEqual([
      { name: 'MySQLTooManyConnections' },
      { name: 'RDSConnectionsHigh', metric: 'DatabaseConnections / max_connections', warning: '> 80%', critical: '95', for: '5m', note: '180 of 200 on db.t3.medium' },
    ]);
    expect(runbook.data.checks.map((c) => c.next)).toEqual(['kill-idle-connections', 'disk-full#free-space', 'disk-full']);
    expect(kb.paths[0]!.data.steps).toEqual([
      { entry: 'too-many-connections', goal: 'Read it' },
      { entry: '2026-03-01-first', replay: true, goal: 'Choose the first response before you see what worked' },
    ]);
    // P1 and P3 are written as aliases; they come out under the severity's name.
    expect(kb.config.severity_policy).toEqual({
      critical: { respond: '15m', escalate: '30m', notify: ['on-call', 'SRE lead'] },
      high: { respond: '1h', escalate: '2h', notify: [] },
      medium: { respond: '4h', notify: [] },
    });
    expect(kb.config.success.count_drills).toBe(true);
    const byId = new Map(kb.incidents.map((i) => [i.id, i.data]));
    expect(byId.get('2026-03-01-first')).toMatchObject({ kind: 'incident', self_recovered: false, recurrence_of: [] });
    expect(byId.get('2026-03-02-again')).toMatchObject({ self_recovered: true, recurrence_of: ['2026-03-01-first'], detection: { how: 'user_report', signals: [], missed_alert: 'CheckoutErrorRate' } });
    expect(byId.get('2026-03-10-game-day')).toMatchObject({ kind: 'drill', detection: { how: 'automated_check' } });
  });
});

describe('operations fields: validator messages', () => {
  it('names a misspelt alert field, a nameless alert and a bad duration', async () => {
    expect(await linesIn('bad-alert')).toEqual([
      `${RUNBOOK}:10:5 alerts[0].threshold: unknown field; known fields: name, metric, warning, critical, for, note`,
      `${RUNBOOK}:11:5 alerts[1].name: required field is missing`,
      `${RUNBOOK}:14:10 alerts[2].for: must be a duration such as "45m", "2h", "1h30m" or "3d"; got "5 minutes"`,
    ]);
  });

  it('names misspelt check fields, a bad check id and a next that is not a reference', async () => {
    expect(await linesIn('bad-check')).toEqual([
      `${RUNBOOK}:10:5 checks[0].command: unknown field; known fields: id, title, run, expect, abnormal, next`,
      `${RUNBOOK}:11:5 checks[0].expected: unknown field; did you mean "expect"?`,
      `${RUNBOOK}:12:5 checks[1].title: required field is missing`,
      `${RUNBOOK}:12:9 checks[1].id: must be lowercase letters, digits and single hyphens (e.g. "disk-full"); got "Check Disk"`,
      `${RUNBOOK}:16:11 checks[2].next: must be a solution id of this runbook, "<runbook-id>" or "<runbook-id>#<solution-id>"; got "see the pool runbook"`,
    ]);
  });

  it("reports a check's next that leads nowhere, and a check id used twice", async () => {
    expect(await linesIn('dangling-check-next')).toEqual([
      `${RUNBOOK}:10:11 checks[0].next: unknown solution or runbook "kill-idle-connection"; did you mean "kill-idle-connections"?`,
      `${RUNBOOK}:13:11 checks[1].next: runbook "disk-full" has no solution "free-spaces"; did you mean "free-space"?`,
      `${RUNBOOK}:16:11 checks[2].next: unknown solution or runbook "dns-failure"; this runbook's solutions are kill-idle-connections`,
      `${RUNBOOK}:17:9 checks[3].id: duplicate check id "count-connections" in this runbook`,
      `${RUNBOOK}:19:11 checks[3].next: a check cannot lead to its own runbook; name one of its solutions`,
    ]);
  });

  it('lists the allowed kinds and detection sources, and names a misspelt detection field', async () => {
    expect(await linesIn('bad-detection')).toEqual([
      `${INCIDENT}:3:7 kind: expected one of incident, drill, near_miss; got "rehearsal"`,
      `${INCIDENT}:11:8 detection.how: expected one of alert, user_report, internal_report, by_chance, automated_check; got "pagerduty"`,
      `${INCIDENT}:12:3 detection.alerts: unknown field; did you mean "alert"?`,
      `${INCIDENT}:13:16 recurrence_of: expected a list; got "2026-02-28-db-connections"`,
      `${INCIDENT}:14:17 self_recovered: expected true or false; got "yes"`,
    ]);
  });

  it('reports a recurrence of itself, of an unknown incident and of a later one', async () => {
    expect(await linesIn('dangling-recurrence')).toEqual([
      `${INCIDENT}:10:5 recurrence_of[0]: an incident cannot be a recurrence of itself`,
      `${INCIDENT}:11:5 recurrence_of[1]: unknown incident "2026-03-01-db-conections"; did you mean "2026-03-01-db-connections"?`,
      `${INCIDENT}:12:5 recurrence_of[2]: incident "2026-03-05-db-connections" started at 2026-03-05 10:05, not before this one; recurrence_of names earlier incidents (write it on the later one)`,
    ]);
  });

  it('refuses an attempt that resolved a self-recovered incident', async () => {
    expect(await linesIn('self-recovered-resolved')).toEqual([
      `${INCIDENT}:14:14 attempts[1].outcome: "resolved" contradicts self_recovered: true (service came back with no action of ours); write "mitigated" or "failed", or remove self_recovered`,
    ]);
  });

  it('wants exactly one of entry and replay in a path step', async () => {
    expect(await linesIn('bad-replay')).toEqual([
      'paths/first-week.yaml:4:13 steps[0].replay: a step has either "entry" or "replay", not both',
      'paths/first-week.yaml:5:5 steps[1]: needs "entry" (a runbook or incident to read) or "replay" (an incident to replay)',
    ]);
  });

  it('wants a replay to name an incident that names a runbook', async () => {
    expect(await linesIn('dangling-replay')).toEqual([
      'paths/first-week.yaml:3:13 steps[0].replay: "too-many-connections" is a runbook; a replay step replays an incident (use "entry" to read a runbook)',
      'paths/first-week.yaml:4:13 steps[1].replay: unknown incident "2026-03-02-db-conections"; did you mean "2026-03-02-db-connections"?',
      'paths/first-week.yaml:5:13 steps[2].replay: incident "2026-03-02-db-connections" names no runbook, so a replay has no solutions to choose from; add its "runbooks"',
    ]);
  });

  it('checks the severity policy and count_drills in the config', async () => {
    expect(await linesIn('bad-severity-policy')).toEqual([
      'fixpath.config.yaml:5:17 success.count_drills: expected true or false; got "no"',
      'fixpath.config.yaml:7:38 severity_policy.P1.notfy: unknown field; did you mean "notify"?',
      'fixpath.config.yaml:8:20 severity_policy.high.respond: must be a duration such as "45m", "2h", "1h30m" or "3d"; got "1 hour"',
      'fixpath.config.yaml:9:11 severity_policy.medium.respond: required field is missing',
      'fixpath.config.yaml:10:3 severity_policy.urgent: unknown field; known fields: critical, high, medium, low, P1, P2, P3, P4',
    ]);
  });

  it('refuses a severity written both as P1 and as critical', async () => {
    expect(await linesIn('duplicate-severity')).toEqual([
      'fixpath.config.yaml:5:7 severity_policy.P1: "P1" and "critical" are the same severity; keep one of them',
    ]);
  });
});

describe('operations fields: warnings', () => {
  it('warns about an unknown detection alert and two incidents of one runbook within 30 days not linked, but not about a drill or a later one', async () => {
    expect(await linesIn('operations-warnings')).toEqual([]);
    expect(await linesIn('operations-warnings', 'warning')).toEqual([
      'incidents/2026-03-01-db-connections.mdx:9:33 warning: detection.alert: no runbook defines alert "MySQLTooManyConnection"; did you mean "MySQLTooManyConnections"?',
      'incidents/2026-03-20-db-connections.mdx:8:12 warning: runbooks[0]: incident "2026-03-01-db-connections" (2026-03-01) also used runbook "too-many-connections" within 30 days; if this is the same problem again, add recurrence_of: [2026-03-01-db-connections]',
      'incidents/2026-03-20-db-connections.mdx:9:33 warning: detection.alert: no runbook defines alert "CheckoutErrorRate"; add it to the "alerts" of the runbook that handles it, so /alerts/CheckoutErrorRate/ leads there',
    ]);
  });
});
