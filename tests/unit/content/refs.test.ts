import { describe, expect, it } from 'vitest';
import { parseSolutionRef, solutionKey } from '../../../src/lib/content/refs.ts';

describe('solution references in incident attempts', () => {
  it('splits runbook#solution whatever the incident names', () => {
    expect(parseSolutionRef('disk-full#expand-volume', { runbooks: ['a', 'b'] })).toEqual({ runbook: 'disk-full', solution: 'expand-volume' });
    expect(parseSolutionRef('disk-full#expand-volume', { runbooks: [] })).toEqual({ runbook: 'disk-full', solution: 'expand-volume' });
  });

  it('gives a bare solution id the incident’s only runbook', () => {
    expect(parseSolutionRef('scale-instance', { runbooks: ['mysql-too-many-connections'] })).toEqual({
      runbook: 'mysql-too-many-connections',
      solution: 'scale-instance',
    });
  });

  it('cannot place a bare id when the incident names no runbook or several', () => {
    expect(parseSolutionRef('scale-instance', { runbooks: [] })).toBeUndefined();
    expect(parseSolutionRef('scale-instance', { runbooks: ['a', 'b'] })).toBeUndefined();
  });

  it('writes the canonical key back', () => {
    expect(solutionKey({ runbook: 'r', solution: 's' })).toBe('r#s');
  });
});
