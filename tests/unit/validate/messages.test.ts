/**
 * One broken fixture per kind of mistake an author makes, and the exact lines the validator prints
 * for it: the message and the position are the product, so they are pinned as text.
 */
import { describe, expect, it } from 'vitest';
import { linesIn, problemsIn } from './fixtures.ts';

const RUNBOOK = 'runbooks/database/too-many-connections.mdx';
const INCIDENT = 'incidents/2026-03-02-db-connections.mdx';

describe('validator messages', () => {
  it('finds nothing wrong in a valid knowledge base', async () => {
    expect(await problemsIn('valid')).toEqual([]);
  });

  it('names an unknown field at its key and suggests the near miss', async () => {
    expect(await linesIn('unknown-field')).toEqual([
      `${RUNBOOK}:2:1 symptoms: required field is missing`,
      `${RUNBOOK}:6:1 symptom: unknown field; did you mean "symptoms"?`,
      `${RUNBOOK}:12:5 causes[0].weight: unknown field; known fields: id, title, detail, likelihood`,
    ]);
  });

  it('lists the allowed values of an enum, and the severity aliases', async () => {
    expect(await linesIn('wrong-enum')).toEqual([
      `${RUNBOOK}:4:11 severity: expected one of critical, high, medium, low (or P1, P2, P3, P4); got "urgent"`,
      `${RUNBOOK}:15:11 solutions[0].kind: expected one of mitigation, fix, prevention; got "fixx"`,
    ]);
  });

  it('points a missing field at the object that lacks it', async () => {
    expect(await linesIn('missing-field')).toEqual([
      `${RUNBOOK}:2:1 severity: required field is missing`,
      `${RUNBOOK}:12:5 solutions[0].kind: required field is missing`,
    ]);
  });

  it('shows the bad duration next to the expected form', async () => {
    expect(await linesIn('bad-duration')).toEqual([
      `${RUNBOOK}:5:17 estimated_time: must be a duration such as "45m", "2h", "1h30m" or "3d"; got "90 minutes"`,
      `${RUNBOOK}:17:11 solutions[0].time: must be a duration such as "45m", "2h", "1h30m" or "3d"; got "1 hour"`,
    ]);
  });

  it('rejects date-times that are not ISO 8601, and a date where a date-time goes', async () => {
    expect(await linesIn('bad-datetime')).toEqual([
      `${INCIDENT}:3:10 started: must be an ISO 8601 date-time such as "2026-03-02T10:05:00+09:00"; got "yesterday at 10:05"`,
      `${INCIDENT}:5:11 resolved: must be an ISO 8601 date-time such as "2026-03-02T10:05:00+09:00"; got "2026-03-02"`,
    ]);
  });

  it('catches resolved and detected before started, reading offset-less times in the site timezone', async () => {
    expect(await linesIn('time-order')).toEqual([
      `${INCIDENT}:4:11 detected: 2026-03-02 10:00 is before started (2026-03-02 10:05): started is when it began, so it cannot be seen earlier`,
      `${INCIDENT}:5:11 resolved: 2026-03-02 09:45 is before started (2026-03-02 10:05)`,
    ]);
  });

  it('reports an id used twice across folders, an item id used twice, and an alert owned twice', async () => {
    expect(await linesIn('duplicate-id')).toEqual([
      `${RUNBOOK}:8:10 alerts[0]: alert "MySQLTooManyConnections" already belongs to runbook "mysql-down"; an alert name leads to one runbook`,
      `${RUNBOOK}:16:9 solutions[1].id: duplicate solution id "kill-idle-connections" in this runbook`,
      'runbooks/mysql/too-many-connections.mdx:1:1 duplicate runbook id "too-many-connections": runbooks/database/too-many-connections.mdx has the same file name; rename one of them (ids are unique across folders)',
    ]);
  });

  it('rejects a file name that is not an id', async () => {
    expect(await linesIn('bad-id')).toEqual([
      'runbooks/database/Too_Many_Connections.mdx:1:1 the file name "Too_Many_Connections" is not a valid id: use lowercase letters, digits and single hyphens (e.g. "disk-full")',
    ]);
  });

  it('suggests the category an unknown one was meant to be', async () => {
    expect(await linesIn('dangling-category')).toEqual([
      `${RUNBOOK}:3:11 category: unknown category "database/conections"; did you mean "database/connections"?`,
    ]);
  });

  it('reports runbook references that lead nowhere', async () => {
    expect(await linesIn('dangling-runbook')).toEqual([
      'glossary.yaml:3:13 [0].related[0]: unknown runbook or incident "connection-pool-exhaustion"',
      `${INCIDENT}:9:34 runbooks[1]: unknown runbook "disk-full"`,
      `${INCIDENT}:11:15 attempts[0].solution: write "<runbook-id>#kill-idle-connections": a bare solution id needs exactly one runbook in "runbooks", and this incident names 2 runbooks`,
      `${RUNBOOK}:8:11 related[0]: unknown runbook "too-many-conections"; did you mean "too-many-connections"?`,
    ]);
  });

  it('reports solution and cause references that lead nowhere', async () => {
    expect(await linesIn('dangling-solution')).toEqual([
      `${INCIDENT}:11:15 attempts[0].solution: runbook "too-many-connections" has no solution "kill-idle-connection"; did you mean "kill-idle-connections"?`,
      `${INCIDENT}:13:15 attempts[1].solution: unknown runbook "mysql-down"`,
      `${RUNBOOK}:16:12 solutions[0].cause: unknown cause "connection-leek"; did you mean "connection-leak"?`,
    ]);
  });

  it('reports learning path steps and prerequisites that lead nowhere', async () => {
    expect(await linesIn('dangling-path-step')).toEqual([
      'paths/first-week.yaml:2:17 prerequisites[0]: unknown learning path "linux-basics"',
      'paths/first-week.yaml:4:12 steps[0].entry: unknown runbook or incident "too-many-connection"; did you mean "too-many-connections"?',
    ]);
  });

  it('gives the line of a YAML syntax error, and the line that opened an unclosed quote', async () => {
    expect(await linesIn('yaml-syntax')).toEqual([
      'categories.yaml:4:10 YAML syntax error: Nested mappings are not allowed in compact mappings; check the indentation of this line and the ones above it (fields of one object, and items of one list, start in the same column; spaces only)',
      `${RUNBOOK}:7:5 YAML syntax error: Missing closing "quote`,
    ]);
  });

  it('reports MDX that does not compile, and a missing frontmatter, at the line in the file', async () => {
    const hint = '; in prose, "{", "}" and "<" start MDX code: put commands, config and error text in backticks';
    expect(await linesIn('mdx-compile')).toEqual([
      'runbooks/database/no-frontmatter.mdx:1:1 the file must start with a "---" line, then its fields (key: value), then another "---" line',
      `runbooks/database/pool-size.mdx:22:14 body: JavaScript expressions ({...}) are not allowed: content never runs code${hint}`,
      `${RUNBOOK}:24:18 body: MDX does not compile: Unexpected character \`3\` (U+0033) before name, expected a character that can start a name, such as a letter, \`$\`, or \`_\`${hint}`,
    ]);
  });

  it('asks to quote a time of day', async () => {
    expect(await linesIn('unquoted-time')).toEqual([
      `${INCIDENT}:13:9 attempts[0].at: quote it: "10:30:15" (unquoted, some YAML parsers read 10:30:15 as the number 37815)`,
      `${INCIDENT}:15:9 timeline[0].at: quote it: "10:05" (unquoted, some YAML parsers read 10:05 as the number 605)`,
    ]);
  });

  it('explains text that YAML read as a field, and a value where a list goes', async () => {
    expect(await linesIn('wrong-type')).toEqual([
      `${RUNBOOK}:7:5 symptoms[0]: expected text; YAML read "ERROR 1040 (HY000): Too many connections" as a field (key: value) because of the ": "; put the text in quotes`,
      `${RUNBOOK}:8:9 alerts: expected a list; got "MySQLTooManyConnections"`,
    ]);
  });

  it('checks the site config: unknown fields and time zones', async () => {
    expect(await linesIn('bad-config')).toEqual([
      'fixpath.config.yaml:2:11 timezone: unknown time zone "Asia/Tokio"; did you mean "Asia/Tokyo"?',
      'fixpath.config.yaml:3:1 language: unknown field; did you mean "lang"?',
    ]);
  });
});

describe('validator warnings', () => {
  it('warns about shared symptoms, stale reviews and untried solutions, without errors', async () => {
    expect(await linesIn('warnings')).toEqual([]);
    expect(await linesIn('warnings', 'warning')).toEqual([
      'runbooks/database/connection-pool-exhaustion.mdx:7:5 warning: symptoms[0]: runbook "too-many-connections" also claims this symptom; search cannot tell them apart by it',
      'runbooks/database/connection-pool-exhaustion.mdx:13:9 warning: solutions[0].id: no incident has tried solution "kill-idle-connections" yet, so its success rate is unknown',
      `${RUNBOOK}:7:5 warning: symptoms[0]: runbook "connection-pool-exhaustion" also claims this symptom; search cannot tell them apart by it`,
      `${RUNBOOK}:8:11 warning: reviewed: not reviewed for a year (last on 2025-11-21); check it is still right and update the date`,
    ]);
  });
});
