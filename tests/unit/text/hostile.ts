/** Inputs that hurt backtracking regexes (the property tests and bench/growth.ts use them). */

/** Units repeated into long lines: long runs of what addresses, paths, hex and words are made of. */
export const HOSTILE_UNITS = [
  'a', '1.', 'a1-', ':', '/a', 'f0', '_a', 'aB', '接', '<ip>', 'at x (y.js:1:2)\n', '10.0.0.1:80 pid ', '\u0301',
];

const MB = 1_000_000;

/** A line of about 1 MB made of one unit. */
export function megabyteOf(unit: string): string {
  return unit.repeat(Math.ceil(MB / unit.length));
}
