/**
 * Issue 15: content from a pull request never runs code, and every mistake is named. One fixture
 * per case under tests/fixtures/validate/, with the exact lines the validator prints.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/report.ts';
import { validateContentDir } from '../../../src/node/validate-dir.ts';
import { fixtureDir, NOW } from './fixtures.ts';

/** Error lines of a whole content directory: files that cannot be read included. */
async function errorsIn(scenario: string): Promise<string[]> {
  const { problems } = await validateContentDir(fixtureDir(scenario), NOW);
  return problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p, ''));
}

const CODE_IN_PROSE = '; in prose, "{", "}" and "<" start MDX code: put commands, config and error text in backticks';
const NO_CODE = 'content never runs code';
const url = (scheme: string) => `"${scheme}:" URLs are not allowed: ${NO_CODE}; link to an http(s) address or a page of the site`;
const element = (name: string) => `<${name}> is not allowed: ${NO_CODE}; show code in a fenced code block instead`;
const HOSTILE = 'runbooks/database/hostile.mdx';
const INCIDENT = 'incidents/2026-03-02-db-connections.mdx';
const TOO_DEEP = 'nested too deeply (lists, fields, quotes or elements inside each other thousands of levels deep); flatten it';

describe('safe MDX: code in a body or a URL is an error at its line', () => {
  it('refuses import/export, expressions, script-like elements, handlers and javascript:/data: URLs', async () => {
    expect(await errorsIn('mdx-code')).toEqual([
      'fixpath.config.yaml:2:11 repo_url: must be an http(s) address such as "https://github.com/example/kb"; got "javascript:alert(document.domain)"',
      `${HOSTILE}:15:1 body: import and export statements are not allowed: ${NO_CODE} (the components the site provides need no import)`,
      `${HOSTILE}:17:1 body: import and export statements are not allowed: ${NO_CODE} (the components the site provides need no import)`,
      `${HOSTILE}:19:12 body: JavaScript expressions ({...}) are not allowed: ${NO_CODE}${CODE_IN_PROSE}`,
      `${HOSTILE}:21:1 body: ${element('script')}`,
      `${HOSTILE}:23:1 body: ${element('script')}`,
      `${HOSTILE}:25:14 body: the event handler attribute "onerror" is not allowed on <img>: ${NO_CODE}`,
      `${HOSTILE}:27:1 body: ${element('iframe')}`,
      `${HOSTILE}:29:1 body: ${element('object')}`,
      `${HOSTILE}:31:1 body: ${element('embed')}`,
      `${HOSTILE}:33:1 body: ${element('style')}`,
      `${HOSTILE}:33:8 body: JavaScript expressions ({...}) are not allowed: ${NO_CODE}${CODE_IN_PROSE}`,
      `${HOSTILE}:35:4 body: href: ${url('javascript')}`,
      `${HOSTILE}:37:4 body: href: ${url('javascript')}`,
      `${HOSTILE}:39:1 body: ${url('javascript')}`,
      `${HOSTILE}:39:33 body: ${url('data')}`,
      `${HOSTILE}:41:1 body: ${url('vbscript')}`,
      `${HOSTILE}:43:6 body: JavaScript expressions (<div {...}>) are not allowed: ${NO_CODE}${CODE_IN_PROSE}`,
    ]);
  }, 30_000);
});

describe('every mistake named', () => {
  it('calendar: impossible dates, hours, minutes and offsets are errors at their line, never rolled over', async () => {
    expect(await errorsIn('calendar')).toEqual([
      'incidents/2023-09-31-outage.mdx:3:10 started: 2023-09-31 does not exist: September 2023 has 30 days',
      'incidents/2023-09-31-outage.mdx:4:11 detected: offset +25:00 is not a time zone offset (they go from -14:00 to +14:00)',
      'incidents/2023-09-31-outage.mdx:5:11 resolved: 2023-13-01 has no month 13 (months are 01 to 12)',
      `${INCIDENT}:3:10 started: 2026-02-30 does not exist: February 2026 has 28 days`,
      `${INCIDENT}:4:11 detected: minute 61 does not exist (minutes are 00 to 59)`,
      `${INCIDENT}:5:11 resolved: hour 25 does not exist (hours are 00 to 23)`,
    ]);
  });

  it('text: numbers and booleans where text is expected are read as written (aliases: [Rate Exceeded, 429])', async () => {
    expect(await errorsIn('text-rule')).toEqual([]);
  });

  it('files: a byte order mark (and CRLF) is accepted in YAML files and MDX frontmatter', async () => {
    expect(await errorsIn('bom')).toEqual([]);
  });

  it('files: a Shift_JIS file is "not UTF-8", with the line of its first foreign byte', async () => {
    expect(await errorsIn('not-utf8')).toEqual([
      'glossary.yaml:1:1 cannot read this file: it is not UTF-8 (line 5 has bytes of another encoding, such as Shift_JIS or Latin-1); save it as UTF-8',
    ]);
  });

  it('files: .MDX and .YAML are read like .mdx and .yaml', async () => {
    // The incident and the path refer to the upper-case runbook; were it skipped, they would dangle.
    expect(await errorsIn('upper-case-ext')).toEqual([]);
  });

  it('files: a symbolic link is refused by name (the build runs this same check before reading)', async () => {
    expect(await errorsIn('symlink')).toEqual([
      'runbooks/linked:1:1 cannot read this file: it is a symbolic link, which fixpath does not follow: copy the file or folder into the content directory instead',
    ]);
  });

  it('a 3-path prerequisite cycle is named on each path', async () => {
    expect(await errorsIn('prerequisite-cycle')).toEqual([
      'paths/path-a.yaml:2:17 prerequisites[0]: prerequisites form a cycle: path-a → path-b → path-c → path-a; no learner could start any of them',
      'paths/path-b.yaml:2:17 prerequisites[0]: prerequisites form a cycle: path-b → path-c → path-a → path-b; no learner could start any of them',
      'paths/path-c.yaml:2:17 prerequisites[0]: prerequisites form a cycle: path-c → path-a → path-b → path-c; no learner could start any of them',
    ]);
  });

  it('an alias claimed by two glossary terms', async () => {
    expect(await errorsIn('shared-alias')).toEqual([
      'glossary.yaml:6:13 [1].aliases[0]: "Pool" is also an alias of the term "Connection pool"; an alias belongs to one term (search would not know which is meant)',
    ]);
  });

  it('20,000 levels of nesting in YAML and in a body: "nested too deeply", not a stack overflow', async () => {
    // The YAML column is where the parser's stack ran out, which moves with the depth of the caller's stack.
    expect(await errorsIn('deep-nesting')).toEqual([
      expect.stringMatching(new RegExp(`^glossary\\.yaml:1:\\d+ ${TOO_DEEP.replace(/[()]/g, '\\$&')}$`)),
      `runbooks/database/too-many-connections.mdx:24:1 body: ${TOO_DEEP}`,
    ]);
    // The YAML parser takes seconds to reach its limit on a busy machine; the outcome is what is tested.
  }, 60_000);
});
