import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../../src/lib/text/terminal.ts';

describe('terminalSafe', () => {
  it('drops ESC sequences, BEL, OSC and bidi overrides from content, keeps text, tabs and newlines', () => {
    expect(terminalSafe('Disk\u001b[2J full\u0007\n\tОК \u001b]0;pwned\u0007title \u202eevil')).toBe('Disk[2J full\n\tОК ]0;pwnedtitle evil');
  });

  it('keeps a plain colour change (what the CLI paints its summary with)', () => {
    expect(terminalSafe('\u001b[31m1 error\u001b[0m')).toBe('\u001b[31m1 error\u001b[0m');
  });

  it('never lets a control other than tab, newline or a colour through', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const safe = terminalSafe(text).replace(/\u001b\[[0-9;]*m/g, '');
        expect(safe).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});
