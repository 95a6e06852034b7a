import { describe, expect, it } from 'vitest';
import { describeEvidence, hasWorked } from '../../../src/lib/recommend/evidence.ts';

describe('describeEvidence', () => {
  const tried = { attempts: 5, resolved: 4, mitigated: 0, last: '2026-03-02' };

  it('says how often it resolved and when it was last tried', () => {
    expect(describeEvidence(tried, 'en')).toBe('resolved 4 of 5, last 2026-03-02');
    expect(describeEvidence(tried, 'ja')).toBe('5回中4回で解決（最終 2026-03-02）');
  });

  it('mentions mitigations when there were some', () => {
    const rec = { ...tried, resolved: 3, mitigated: 1 };
    expect(describeEvidence(rec, 'en')).toBe('resolved 3 of 5, mitigated 1, last 2026-03-02');
    expect(describeEvidence(rec, 'ja')).toBe('5回中3回で解決、1回で緩和（最終 2026-03-02）');
  });

  it('says so when no incident tried it', () => {
    const rec = { attempts: 0, resolved: 0, mitigated: 0 };
    expect(describeEvidence(rec, 'en')).toBe('no record yet');
    expect(describeEvidence(rec, 'ja')).toBe('まだ実績なし');
  });

  it('says only how often it mitigated when it never resolved', () => {
    const rec = { attempts: 5, resolved: 0, mitigated: 5, last: '2026-05-08' };
    expect(describeEvidence(rec, 'en')).toBe('mitigated 5 of 5, last 2026-05-08');
    expect(describeEvidence(rec, 'ja')).toBe('5回中5回で緩和（最終 2026-05-08）');
  });

  it('says it failed every time when it never resolved nor mitigated', () => {
    const rec = { attempts: 3, resolved: 0, mitigated: 0, last: '2021-02-06' };
    expect(describeEvidence(rec, 'en')).toBe('failed 3 of 3, last 2021-02-06');
    expect(describeEvidence(rec, 'ja')).toBe('3回中3回とも効果なし（最終 2021-02-06）');
    expect(hasWorked(rec)).toBe(false);
    expect(hasWorked({ resolved: 0, mitigated: 1 })).toBe(true);
  });
});
