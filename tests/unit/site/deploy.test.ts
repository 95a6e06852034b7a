/** `base` and `site`: the config's rules, pinned as the text an author reads, and the CI overrides. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeIssues } from '../../../src/lib/content/error-messages.ts';
import { parseKnowledgeBase } from '../../../src/lib/content/load.ts';
import { fieldPath } from '../../../src/lib/content/positions.ts';
import { configSchema } from '../../../src/lib/content/schema.ts';
import { absoluteUrl, deploySettings } from '../../../src/lib/site/deploy.ts';

function messages(value: unknown): string[] {
  const result = configSchema.safeParse(value, { reportInput: true });
  if (result.success) return [];
  return describeIssues(configSchema, result.error.issues).map((i) => `${fieldPath(i.path)}: ${i.message}`);
}

const BASE_RULE = 'base: must start and end with "/", such as "/kb/" (letters, digits, "-", "_", "." and "~" between the slashes)';

describe('config base and site', () => {
  it('defaults to the root and no site', () => {
    const config = configSchema.parse({});
    expect([config.base, config.site]).toEqual(['/', undefined]);
  });

  it('keeps a sub path and reduces a site to its origin', () => {
    const config = configSchema.parse({ base: '/kb/docs/', site: 'https://Example.github.io/' });
    expect([config.base, config.site]).toEqual(['/kb/docs/', 'https://example.github.io']);
  });

  it('refuses a base without both slashes, with dot segments or a query', () => {
    for (const base of ['kb', '/kb', 'kb/', '//', '/kb//x/', '/../', '/./', '/kb?x/', '/k b/', 'https://x/']) {
      expect(messages({ base }), base).toEqual([`${BASE_RULE}; got ${JSON.stringify(base)}`]);
    }
  });

  it('refuses a site that is not an http(s) address', () => {
    for (const site of ['javascript:alert(1)', 'data:text/html,x', 'example.github.io', 'ftp://example.com', '/kb/']) {
      expect(messages({ site }), site).toEqual([
        'site: must be an absolute http(s) address such as "https://example.github.io"',
      ]);
    }
  });

  it('sends a sub path in the site to base', () => {
    for (const site of ['https://example.github.io/kb/', 'https://example.com/?x=1', 'https://u:p@example.com']) {
      expect(messages({ site }), site).toEqual([
        'site: must be only the scheme and host, such as "https://example.github.io"; put a sub path in "base"',
      ]);
    }
  });

  it('reports a bad base at its line in fixpath.config.yaml', () => {
    const { problems } = parseKnowledgeBase([{ path: 'fixpath.config.yaml', text: 'title: KB\nbase: kb/\n' }]);
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.field}: ${p.message}`)).toContain(
      `fixpath.config.yaml:2:7 ${BASE_RULE}; got "kb/"`,
    );
  });

  it('never accepts a base that would leave the site root or double a slash (any input)', () => {
    fc.assert(
      fc.property(fc.string(), (base) => {
        const ok = configSchema.safeParse({ base }).success;
        if (ok) expect(base.startsWith('/') && base.endsWith('/') && !base.includes('//') && !/\/\.\.?\//.test(base)).toBe(true);
      }),
    );
  });
});

describe('deploySettings', () => {
  const config = configSchema.parse({ base: '/kb/', site: 'https://a.example' });

  it('keeps the config without overrides, and treats an empty variable as unset', () => {
    expect(deploySettings(config, {})).toEqual({ base: '/kb/', site: 'https://a.example' });
    expect(deploySettings(config, { FIXPATH_BASE: '', FIXPATH_SITE: '' })).toEqual({ base: '/kb/', site: 'https://a.example' });
  });

  it('lets CI override both, held to the same rules', () => {
    expect(deploySettings(config, { FIXPATH_BASE: '/fixpath/', FIXPATH_SITE: 'https://me.github.io' })).toEqual({
      base: '/fixpath/',
      site: 'https://me.github.io',
    });
    expect(() => deploySettings(config, { FIXPATH_BASE: '/fixpath' })).toThrow(
      'FIXPATH_BASE="/fixpath": must start and end with "/", such as "/kb/"',
    );
    expect(() => deploySettings(config, { FIXPATH_SITE: 'javascript:alert(1)' })).toThrow(
      'FIXPATH_SITE="javascript:alert(1)": must be an absolute http(s) address such as "https://example.github.io"',
    );
  });
});

describe('absoluteUrl', () => {
  it('joins the origin and a page address that carries the base', () => {
    expect(absoluteUrl('https://me.github.io', '/kb/runbooks/disk-full/')).toBe('https://me.github.io/kb/runbooks/disk-full/');
  });
});
