import { describe, expect, it } from 'vitest';
import { describeEvidence } from '../../../src/lib/recommend/evidence.ts';

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
    expect(describeEvidence(rec, 'en')).toBe('not tried in any incident yet');
    expect(describeEvidence(rec, 'ja')).toBe('まだインシデントでの実績なし');
  });
});
