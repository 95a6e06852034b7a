/**
 * A pasted log excerpt → the few lines that carry the error, so that they, and not the timestamps,
 * levels and stack frames around them, decide the ranking. Work is bounded: lines are cut at
 * MAX_LINE characters before any pattern runs, and only MAX_QUERY_LINES lines are kept, so a 1 MB
 * paste costs one linear pass.
 */

export interface QueryLine {
  text: string;
  /** 0..1: how error-like the line is relative to the best one (1 for a one-line query). */
  weight: number;
}

export const MAX_LINE = 1000;
export const MAX_QUERY_LINES = 8;

// Prefixes that every line of a log has and no symptom needs. Each is anchored and bounded.
const TIMESTAMP =
  /^[[(]?(?:\d{4}[-/]\d{2}[-/]\d{2}[T ]\d{2}:\d{2}(?::\d{2})?(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?|[A-Z][a-z]{2} {1,2}\d{1,2} \d{2}:\d{2}:\d{2}|\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?)[\])]?[\s,|-]*/i;
const LEVEL = /^(?:\[(?:fatal|error|err|warn|warning|info|debug|trace|crit|critical|notice)\]|(?:level=)?(?:fatal|error|err|warn|warning|info|debug|trace|crit|critical|notice)(?=[\s:|\]]))[\s:|\]-]*/i;
const BRACKETED = /^\[[^\]\n]{0,80}\][\s:|-]*/;

const STACK_FRAME =
  /^\s*(?:at\s+\S|File ".{0,300}", line \d|\.\.\. \d+ more|#\d+\s+0x|goroutine \d+ \[|\S{1,200}\.go:\d+)/;

// Words that say something went wrong, in the languages of the knowledge base.
const TROUBLE =
  /exception|error|fail|refused|denied|timed? ?out|cannot|can't|unable|unavailable|killed|\boom\b|out of memory|no space|too many|exceed|unreachable|not found|invalid|reset by peer|broken pipe|expired|unhealthy|panic|fatal|\b5\d\d\b|エラー|失敗|拒否|タイムアウト|できません|できない|異常|枯渇|上限|不足|応答/gi;
// errno names: ECONNREFUSED, ENOSPC, EAI_AGAIN (case matters: `Every` is not one).
const ERRNO = /\bE[A-Z][A-Z0-9_]{2,}\b/g;
const SEVERE_LEVEL = /^(?:\[)?(?:level=)?(?:fatal|crit|critical|panic|emerg|error|err)\b/i;
const WARN_LEVEL = /^(?:\[)?(?:level=)?warn(?:ing)?\b/i;
const QUIET_LEVEL = /^(?:\[)?(?:level=)?(?:info|debug|trace|notice)\b/i;

/** Strip the timestamp, level and `[thread]` prefixes of a log line; the message stays. */
export function stripLogPrefix(line: string): { message: string; level: 'severe' | 'warn' | 'quiet' | 'none' } {
  let rest = line.trim();
  let level: 'severe' | 'warn' | 'quiet' | 'none' = 'none';
  let stamped = false;
  for (let round = 0; round < 4; round++) {
    const stamp = TIMESTAMP.exec(rest);
    if (stamp && stamp[0].length) {
      rest = rest.slice(stamp[0].length);
      stamped = true;
      continue;
    }
    // A level word alone (`ERROR 1040 (HY000)` is MySQL's message) only goes after a timestamp
    // or inside brackets.
    const lvl = LEVEL.exec(rest);
    if (lvl && (stamped || lvl[0].startsWith('[') || /^level=/i.test(lvl[0]))) {
      level = SEVERE_LEVEL.test(lvl[0]) ? 'severe' : WARN_LEVEL.test(lvl[0]) ? 'warn' : QUIET_LEVEL.test(lvl[0]) ? 'quiet' : level;
      rest = rest.slice(lvl[0].length);
      continue;
    }
    const bracket = stamped || level !== 'none' ? BRACKETED.exec(rest) : null;
    if (bracket) {
      rest = rest.slice(bracket[0].length);
      continue;
    }
    break;
  }
  return { message: rest.trim(), level };
}

/** How strongly a line says something failed; 0 for a line with no sign of trouble. */
export function troubleScore(message: string, level: 'severe' | 'warn' | 'quiet' | 'none'): number {
  const signs = Math.min((message.match(TROUBLE)?.length ?? 0) + (message.match(ERRNO)?.length ?? 0), 4);
  const levelScore = { severe: 2, warn: 1, quiet: -1, none: 0 }[level];
  return Math.max(0, signs * 2 + levelScore);
}

/**
 * The lines of a query that carry the error, best first. One line is returned as it is (minus a
 * log prefix); a multi-line paste keeps up to MAX_QUERY_LINES distinct lines that show trouble,
 * dropping stack frames, or its first lines when none does.
 */
export function queryLines(query: string): QueryLine[] {
  const raw = query.split(/\r\n|\r|\n/);
  const candidates: { text: string; score: number; order: number }[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i]!.slice(0, MAX_LINE);
    if (!line.trim() || STACK_FRAME.test(line)) continue;
    const { message, level } = stripLogPrefix(line);
    // The same error repeated with other numbers is one line.
    const key = message.replace(/\d+/g, '0');
    if (!message || seen.has(key)) continue;
    seen.add(key);
    candidates.push({ text: message, score: troubleScore(message, level), order: i });
  }
  if (candidates.length <= 1) return candidates.map((c) => ({ text: c.text, weight: 1 }));
  const troubled = candidates.filter((c) => c.score > 0);
  const kept = (troubled.length ? troubled : candidates)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, MAX_QUERY_LINES);
  const best = Math.max(kept[0]!.score, 1);
  // A weaker line still counts, but never more than half as much as the best one.
  return kept.map((c) => ({ text: c.text, weight: c.score >= best ? 1 : Math.max(0.25, (0.5 * c.score) / best) }));
}
