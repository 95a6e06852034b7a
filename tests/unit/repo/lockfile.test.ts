/**
 * `npm ci` refuses a lockfile that lacks another platform's optional binding of a package it lists
 * (npm leaves them out when it updates the lockfile over an existing node_modules). CI runs
 * `npm ci`, so every optional dependency a locked package declares must be locked too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockedPackage {
  optionalDependencies?: Record<string, string>;
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockedPackage> };

describe('package-lock.json', () => {
  it('locks every optional dependency of every locked package, for every platform', () => {
    const missing: string[] = [];
    for (const [where, pkg] of Object.entries(lock.packages)) {
      for (const name of Object.keys(pkg.optionalDependencies ?? {})) {
        // npm resolves a dependency in the package's own node_modules first, then upwards.
        const candidates = [`${where ? `${where}/` : ''}node_modules/${name}`, `node_modules/${name}`];
        if (!candidates.some((c) => c in lock.packages)) missing.push(`${where || '(root)'} → ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
