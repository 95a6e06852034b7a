import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LINES, queryLines, stripLogPrefix } from '../../../src/lib/search/log-lines.ts';
import { HOSTILE_UNITS, megabyteOf } from '../text/hostile.ts';

describe('stripLogPrefix', () => {
  it.each([
    ['2024-05-14T10:05:00.123Z ERROR [pool] Error: connect ECONNREFUSED 10.0.0.1:5432', 'connect ECONNREFUSED 10.0.0.1:5432', 'severe'],
    ['May 14 10:05:00 db1 [WARN] disk at 91%', 'db1 [WARN] disk at 91%', 'none'],
    ['[2024-05-14 10:05:00] [error] upstream timed out', 'upstream timed out', 'severe'],
    ['level=info msg="started"', 'msg="started"', 'quiet'],
  ] as const)('%s', (line, message, level) => {
    expect(stripLogPrefix(line)).toEqual({ message, level });
  });

  it('keeps a leading ERROR that is part of the message (MySQL)', () => {
    expect(stripLogPrefix('ERROR 1040 (HY000): Too many connections').message).toBe('ERROR 1040 (HY000): Too many connections');
  });
});

describe('queryLines', () => {
  it('returns a one-line query as it is', () => {
    expect(queryLines('too many connections')).toEqual([{ text: 'too many connections', weight: 1 }]);
  });

  it('keeps the error lines of a log, drops stack frames and repeats, best first', () => {
    const lines = queryLines(
      [
        '10:00:00 INFO started',
        '10:00:01 ERROR Error: connect ECONNREFUSED 10.0.0.1:5432',
        '    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)',
        '10:00:02 ERROR Error: connect ECONNREFUSED 10.0.0.2:5432',
        '10:00:03 WARN retrying in 5s',
      ].join('\n'),
    );
    expect(lines[0]).toEqual({ text: 'connect ECONNREFUSED 10.0.0.1:5432', weight: 1 });
    expect(lines.map((l) => l.text)).toEqual(['connect ECONNREFUSED 10.0.0.1:5432', 'retrying in 5s']);
    expect(lines[1]!.weight).toBeLessThanOrEqual(0.5);
  });

  it('keeps at most MAX_QUERY_LINES lines of a 1 MB paste', () => {
    const paste = Array.from({ length: 20_000 }, (_, i) => `2024-05-14T10:05:00Z ERROR request ${i % 97} failed: upstream timed out code ${i}`).join('\n');
    expect(paste.length).toBeGreaterThan(1_000_000);
    expect(queryLines(paste).length).toBeLessThanOrEqual(MAX_QUERY_LINES);
  });

  it('never throws on random or hostile input', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (s) => void queryLines(s)), { numRuns: 100 });
    fc.assert(fc.property(fc.array(fc.constantFrom(...HOSTILE_UNITS), { maxLength: 400 }), (u) => void queryLines(u.join(''))), { numRuns: 100 });
  });

  it('never throws on a 1 MB paste of one hostile unit', () => {
    const units = [...HOSTILE_UNITS, '2024-05-14T10:05:00Z ', '[', 'ERROR \n'];
    fc.assert(fc.property(fc.constantFrom(...units), (unit) => void queryLines(megabyteOf(unit))), { numRuns: 5 });
  });
});
