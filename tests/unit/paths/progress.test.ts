import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countDone,
  firstUndone,
  markDone,
  parseProgress,
  progressKey,
  serializeProgress,
} from '../../../src/lib/paths/progress.ts';

describe('stored progress', () => {
  it('uses versioned keys per path and per checklist', () => {
    expect(progressKey('progress', 'db-first-month')).toBe('fixpath:progress:v1:db-first-month');
    expect(progressKey('checklist', 'disk-full:practice')).toBe('fixpath:checklist:v1:disk-full:practice');
  });

  it('reads back what it wrote', () => {
    const written = markDone(markDone(parseProgress(null), 'a', true, 10), 'b', true, 20);
    expect(parseProgress(serializeProgress(written))).toEqual({ done: ['a', 'b'], updated: 20 });
    const undone = markDone(written, 'a', false, 30);
    expect(parseProgress(serializeProgress(undone))).toEqual({ done: ['b'], updated: 30 });
  });

  it('reads garbage, other versions and wrong shapes as nothing done', () => {
    for (const raw of ['', '{', 'null', '[]', '"x"', '{"v":2,"done":["a"]}', '{"v":1,"done":"a"}', '{"done":["a"]}']) {
      expect(parseProgress(raw), raw).toEqual({ done: [], updated: 0 });
    }
  });

  it('keeps only string keys, once each, and only the steps that still exist', () => {
    const raw = JSON.stringify({ v: 1, done: ['a', 1, null, 'a', 'gone', 'b'], updated: 'soon' });
    expect(parseProgress(raw, ['a', 'b', 'c'])).toEqual({ done: ['a', 'b'], updated: 0 });
  });

  it('never throws, whatever is stored', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const progress = parseProgress(raw);
        expect(progress.done.every((k) => typeof k === 'string')).toBe(true);
      }),
    );
  });

  it('counts the done steps and finds the first one left', () => {
    const progress = { done: ['b', 'a', 'elsewhere'], updated: 1 };
    expect(countDone(progress, ['a', 'b', 'c', 'd'])).toBe(2);
    expect(firstUndone(progress, ['a', 'b', 'c', 'd'])).toBe(2);
    expect(firstUndone(progress, ['a', 'b'])).toBeUndefined();
  });
});
