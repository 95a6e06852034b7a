import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/** The commands of a shell script, one per `&&`-joined part, comments and `set`/`cd` lines left out. */
function ciCommands(script: string): string[] {
  return script
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#') && !/^(set|cd)\b/.test(line))
    .flatMap((line) => line.split('&&').map((part) => part.trim()));
}

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}

const workflow = parse(readFileSync('.github/workflows/ci.yml', 'utf8')) as {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: Step[] }>;
};
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const runs = steps.flatMap((step) => (step.run ? ciCommands(step.run) : []));

describe('.github/workflows/ci.yml', () => {
  it('runs on every pull request', () => {
    expect(Object.keys(workflow.on)).toContain('pull_request');
  });

  it('runs the commands of .ci/run, in the same order', () => {
    const expected = ciCommands(readFileSync('.ci/run', 'utf8'));
    expect(expected).toEqual(['npm ci', 'npm test']);
    const positions = expected.map((command) => runs.indexOf(command));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('sets up Node 22 and the Chromium the end-to-end tests drive', () => {
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe(22);
    expect(runs).toContain('sudo apt-get install -y chromium');
  });

  it('validates the content as JSON and comments the findings on the pull request', () => {
    expect(runs.some((r) => r.startsWith('npx fixpath validate --json'))).toBe(true);
    const comment = steps.find((s) => s.uses?.startsWith('actions/github-script@'));
    expect(comment?.if).toBe("github.event_name == 'pull_request'");
    expect(String(comment?.with?.script)).toContain("readFileSync('fixpath-validate.json'");
  });
});
