/**
 * Masking of the variable parts of log lines: `connect ECONNREFUSED 10.2.3.4:5432` and the
 * `10.0.1.23` an author wrote must meet, so addresses, ids, times and sizes become placeholder
 * tokens (`<ip>`, `<uuid>`, ...). Error codes stay as they are: short numbers (`1040`, `502`, `28`),
 * SQLSTATEs (`hy000`), errno names (`enospc`), `0x` codes up to 8 digits.
 *
 * Case does not matter (the tokenizer needs case for camelCase, so it masks before lowering). Why
 * it is linear: the text is cut into
 * "pieces" (maximal runs of the characters addresses, paths and numbers are made of) with one
 * non-backtracking scan, and each piece is classified by anchored patterns; a piece longer than
 * MAX_PIECE is replaced whole, so each classification costs at most a constant.
 */

/** A piece longer than this is a blob (base64, minified code) and becomes `<blob>`. */
export const MAX_PIECE = 256;

// What addresses, hosts, paths, numbers and times are made of. Everything else (space, brackets,
// quotes, `=`, `,`, CJK) separates pieces.
const PIECE = /[a-z0-9._:/\\%+~#@-]+/gi;

// Patterns are written for lower case; maskPiece lowers the piece first.
// A pattern is a RegExp or, where one regex would backtrack, a test written out.
type Rule = readonly [pattern: { test(core: string): boolean }, placeholder: string];

const OCTET = '(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)';
const IPV4 = `${OCTET}(?:\\.${OCTET}){3}`;
const H4 = '[0-9a-f]{1,4}';
const CODE_EXTENSIONS = 'c|cc|cjs|clj|cpp|cs|ex|exs|go|h|hpp|java|js|jsx|kt|lua|mjs|php|pl|py|rb|rs|scala|sh|swift|ts|tsx';

const HYPHENATED_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/;
const HASH_PART = /^(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{5,}$/;

/**
 * A hyphenated name with a part after the first of five or more letters and digits mixed
 * (api-7f9c8d5b6c-x2kq9). Part by part: as one regex, which part is the hash would be ambiguous,
 * and trying each split backtracks quadratically.
 */
function hasHashPart(core: string): boolean {
  return HYPHENATED_NAME.test(core) && core.split('-').some((part, i) => i > 0 && HASH_PART.test(part));
}

// Order matters: the first rule whose pattern matches the whole piece wins.
const RULES: readonly Rule[] = [
  [/^[a-z][a-z0-9+.-]{1,15}:\/\/\S*$/, '<url>'],
  [/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, '<uuid>'],
  [new RegExp(`^${IPV4}/\\d{1,2}$`), '<cidr>'],
  [new RegExp(`^${IPV4}:\\d{1,5}$`), '<ip>:<port>'],
  [new RegExp(`^${IPV4}$`), '<ip>'],
  // ISO dates and date-times, with or without seconds, fraction and offset.
  [/^\d{4}[-/]\d{2}[-/]\d{2}(?:t\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:z|[+-]\d{2}:?\d{2})?)?$/, '<time>'],
  [/^\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:z|[+-]\d{2}:?\d{2})?$/, '<time>'],
  [/^[+-]\d{2}:\d{2}$/, '<time>'],
  // IPv6 after times, so that `10:05:30` stays a time. Needs `::` or all eight groups.
  [new RegExp(`^(?:${H4}:){7}${H4}$|^(?:${H4}(?::${H4}){0,6})?::(?:${H4}(?::${H4}){0,6})?$`), '<ip>'],
  // Source positions (`server.js:12:5`, `app.py:40`; `db.internal:5432` is a host) and file paths
  // with two or more parts.
  [new RegExp(`^[a-z0-9_.@/\\\\~-]*\\.(?:${CODE_EXTENSIONS}):\\d+(?::\\d+)?$`), '<path>'],
  [/^(?:~|\.{1,2})?(?:\/[^/\s]+){2,}\/?$/, '<path>'],
  [/^[a-z]:\\[^\\]+(?:\\[^\\]*)*$/, '<path>'],
  // Durations and sizes: `30000ms`, `1.5s`, `512mb`, `2gib`.
  [/^\d+(?:\.\d+)?(?:ns|us|μs|ms|s|sec|secs|m|min|mins|h|hr|hrs)$/, '<duration>'],
  [/^\d+(?:\.\d+)?(?:b|kb|mb|gb|tb|kib|mib|gib|tib|k|g)$/, '<size>'],
  // Version triples such as 1.2.3 (an IP has four parts and is caught above).
  [/^v?\d+(?:\.\d+){2,}$/, '<version>'],
  // Hex: `0x` with more than 8 digits is an address (up to 8 it is an error code like 0x80004005),
  // and bare hex of 7+ characters with a digit and a letter is an id (commit, container, trace).
  [/^0x[0-9a-f]{9,}$/, '<hex>'],
  [/^(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,}$/, '<hex>'],
  // Long numbers (ids, epoch times, byte counts) and decimals (metric values); 1-4 digits stay.
  [/^\d{5,}$/, '<num>'],
  [/^\d+\.\d+%?$/, '<num>'],
  [/^[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/, '<email>'],
  [/^[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+:\d{1,5}$/, '<host>:<port>'],
  // Hosts and pods with numbers: a dotted name with a digit (db-01.prod.internal), a name ending
  // in a number of two or more digits (web-01), or a name with a hash-like part (api-7f9c8d-x2kq).
  [/^(?=[^.]*\.)(?=.*\d)[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+$/, '<host>'],
  [/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*-\d{2,}$/, '<host>'],
  [{ test: hasHashPart }, '<host>'],
];

// A process id is only recognisable by what precedes it.
const PID = /\b(pid|process|thread|tid)([ =:#]{1,2})\d{1,10}\b/gi;

const LETTERS = /^[a-z]+$/;

/** Replace one piece by its placeholder, or return it as it was. */
export function maskPiece(piece: string): string {
  if (piece.length > MAX_PIECE) return '<blob>';
  // Trailing sentence punctuation belongs to the prose, not to the address.
  // (Found from the end by hand: `/[.:]+$/` would retry from every `.` of a piece.)
  let end = piece.length;
  while (end > 0 && (piece[end - 1] === '.' || piece[end - 1] === ':')) end--;
  const trail = piece.slice(end);
  const core = piece.slice(0, end).toLowerCase();
  // Every rule needs a digit or a separator: a plain word (most pieces) skips them all.
  if (LETTERS.test(core)) return piece;
  for (const [pattern, placeholder] of RULES) if (pattern.test(core)) return placeholder + trail;
  return piece;
}

/** Mask the variable parts of a text (width-folded first, see normalize.ts). */
export function maskVariables(text: string): string {
  return text.replace(PIECE, maskPiece).replace(PID, '$1$2<num>');
}

/** True for the placeholder tokens this module produces. */
export function isPlaceholder(token: string): boolean {
  return token.length > 2 && token.startsWith('<') && token.endsWith('>');
}
