/** The GitHub Pages workflow: deploys main under the repository's sub path with a base fixpath accepts. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { deploySettings } from '../../../src/lib/site/deploy.ts';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
const workflow = parse(readFileSync('.github/workflows/pages.yml', 'utf8')) as {
  on: { push: { branches: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[]; needs?: string }>;
};
const build = workflow.jobs.build!.steps;
const buildStep = build.find((s) => s.run === 'npm run build')!;

/** Fill `${{ steps.pages.outputs.X }}` as actions/configure-pages would for a repository. */
const fill = (template: string, outputs: Record<string, string>) =>
  template.replace(/\$\{\{\s*steps\.pages\.outputs\.(\w+)\s*\}\}/g, (_, name: string) => outputs[name] ?? '');

describe('.github/workflows/pages.yml', () => {
  it('deploys on every push to main, with the rights Pages needs', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    expect(workflow.jobs.deploy!.needs).toBe('build');
    expect(workflow.jobs.deploy!.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });

  it('installs from the lockfile, builds, then uploads dist', () => {
    const order = ['npm ci', 'npm run build'].map((run) => build.findIndex((s) => s.run === run));
    const upload = build.findIndex((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(order.every((i) => i >= 0) && order[0]! < order[1]! && order[1]! < upload).toBe(true);
    expect(build[upload]!.with?.path).toBe('dist');
  });

  it('builds a project site under /<repo>/ and a user site at /, both accepted by the config rules', () => {
    const env = (outputs: Record<string, string>) =>
      Object.fromEntries(Object.entries(buildStep.env ?? {}).map(([k, v]) => [k, fill(v, outputs)]));
    const root = { base: '/', site: undefined };
    expect(deploySettings(root, env({ origin: 'https://me.github.io', base_path: '/fixpath-kb' }))).toEqual({
      base: '/fixpath-kb/',
      site: 'https://me.github.io',
    });
    expect(deploySettings(root, env({ origin: 'https://me.github.io', base_path: '' }))).toEqual({ base: '/', site: 'https://me.github.io' });
  });
});
