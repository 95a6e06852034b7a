/** MDX body links under a sub-path deploy. */
import { describe, expect, it } from 'vitest';
import { planBaseLinks, withBaseHref } from '../../../src/lib/content/base-links.ts';

describe('withBaseHref', () => {
  it('puts the base before root-relative addresses only', () => {
    expect(withBaseHref('/runbooks/x/', '/kb/')).toBe('/kb/runbooks/x/');
    expect(withBaseHref('/glossary/#pool', '/kb/')).toBe('/kb/glossary/#pool');
    for (const href of ['/kb/runbooks/x/', '//cdn.example/x', '#cause', 'https://example.com/', 'mailto:a@b', 'x/y']) {
      expect(withBaseHref(href, '/kb/'), href).toBe(href);
    }
    expect(withBaseHref('/runbooks/x/', '/')).toBe('/runbooks/x/');
  });
});

describe('planBaseLinks', () => {
  it('replaces every link of a body tree that needs the base, nested ones included, with a rebased copy', () => {
    const link = (href: string) => ({ type: 'element', tagName: 'a', properties: { href }, children: [] });
    const tree = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [link('/incidents/a/'), link('#x')] }] };
    const [first, second] = tree.children[0]!.children;
    const plan = planBaseLinks(Object.freeze(tree), '/kb/');
    expect([...plan.keys()]).toEqual([first]);
    expect(plan.get(first!)).toEqual(link('/kb/incidents/a/'));
    expect(first!.properties.href).toBe('/incidents/a/');
    expect(plan.has(second!)).toBe(false);
  });
});
