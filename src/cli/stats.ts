/** `fixpath stats [--json] [--now DATETIME]`: what the incidents say about how we fail. */
import path from 'node:path';
import { formatProblem } from '../lib/content/report.ts';
import type { Spread } from '../lib/stats/percentile.ts';
import { computeStats, type Stats } from '../lib/stats/compute.ts';
import { localDateTime, toInstant } from '../lib/time/datetime.ts';
import { loadContent } from '../node/content.ts';
import { resolveContentDir } from '../node/read-content.ts';
import { EXIT, parseCommandLine, UsageError, type Command } from './io.ts';
import { formatTable } from './table.ts';

export const run: Command = async (args, io) => {
  const { values } = parseCommandLine({
    args,
    options: { json: { type: 'boolean' }, content: { type: 'string' }, now: { type: 'string' } },
  });
  const dir = resolveContentDir(values.content);
  const { kb, problems } = await loadContent(dir);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) {
    // Figures over a knowledge base with entries left out would be quietly wrong.
    const prefix = path.relative(process.cwd(), dir).split(path.sep).join('/');
    for (const problem of errors) io.stderr(`${formatProblem(problem, prefix)}\n`);
    io.stderr(`fixpath stats: fix the ${errors.length} error(s) above first (fixpath validate)\n`);
    return EXIT.content;
  }
  const now = values.now === undefined ? Date.now() : parseNow(values.now, kb.config.timezone);
  const stats = computeStats(kb, now);
  io.stdout(values.json ? `${JSON.stringify(stats, null, 2)}\n` : humanReport(stats));
  return EXIT.ok;
};

/** `--now 2026-03-01` (local midnight) or any date-time the content format accepts. */
function parseNow(text: string, timeZone: string): number {
  const instant = toInstant(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00` : text, timeZone);
  if (instant === undefined) throw new UsageError(`--now must be a date or date-time such as 2026-03-01T09:00+09:00, not "${text}"`);
  return instant;
}

const minutes = (value: number | undefined) => (value === undefined ? '-' : `${Math.round(value)}m`);
const percent = (share: number, digits = 1) => `${(share * 100).toFixed(digits)}%`;

function spreadRows(label: string, spreads: Record<string, Spread>): string[][] {
  return Object.entries(spreads).map(([key, s]) => [`${label}${key}`, String(s.count), minutes(s.median), minutes(s.p90)]);
}

function durationTable(title: string, breakdown: Stats['time_to_resolve']): string {
  const rows = [
    ['all', String(breakdown.overall.count), minutes(breakdown.overall.median), minutes(breakdown.overall.p90)],
    ...spreadRows('category ', breakdown.by_category),
    ...spreadRows('severity ', breakdown.by_severity),
  ];
  return `${title}\n${formatTable(['', 'incidents', 'median', 'p90'], rows)}`;
}

function humanReport(stats: Stats): string {
  const sections: string[] = [];
  sections.push(
    `${stats.incidents} incidents, ${stats.runbooks} runbooks; months in ${stats.timezone}; percentiles by nearest rank\n`,
  );
  sections.push(
    `Incidents per month\n${formatTable(
      ['month', 'critical', 'high', 'medium', 'low', 'total'],
      stats.per_month
        .filter((m) => m.total > 0)
        .map((m) => [m.month, m.critical, m.high, m.medium, m.low, m.total].map(String)),
    )}`,
  );
  sections.push(durationTable('Time to detect (incidents with a detected time)', stats.time_to_detect));
  sections.push(durationTable('Time to resolve', stats.time_to_resolve));

  const gaps = stats.monitoring_gaps;
  sections.push(
    `Detected more than ${gaps.threshold_minutes} minutes after the start: ${gaps.late.length}\n` +
      (gaps.late.length
        ? formatTable(['incident', 'detected after', 'how', 'missing alert'], gaps.late.map((g) => [g.id, minutes(g.detect_minutes), g.how ?? '-', g.missing_alert ?? '-']))
        : '') +
      (gaps.unknown.length ? `No detected time: ${gaps.unknown.join(', ')}\n` : ''),
  );

  const deadlines = stats.deadlines;
  if (deadlines) {
    sections.push(
      `Response deadlines: ${deadlines.met} of ${deadlines.checked} met, ${deadlines.missed.length} missed, ${deadlines.unknown.length} unknown
` +
        (deadlines.missed.length
          ? formatTable(['incident', 'level', 'deadline', 'responded after'], deadlines.missed.map((m) => [m.id, m.level, minutes(m.respond_minutes), minutes(m.response_minutes)]))
          : ''),
    );
  }
  const sources = Object.keys(stats.detection_sources[0]?.counts ?? {});
  sections.push(
    `Detected by, per quarter
${formatTable(['quarter', ...sources, 'total'], stats.detection_sources.map((q) => [q.quarter, ...Object.values(q.counts).map(String), String(q.total)]))}`,
  );
  const rec = stats.recurrence;
  sections.push(
    `Recurrences: ${rec.overall.recurrences} of ${rec.overall.incidents} (${percent(rec.overall.rate, 0)})
${formatTable(
      ['runbook', 'incidents', 'recurrences', 'rate'],
      rec.by_runbook.filter((r) => r.recurrences > 0).map((r) => [r.runbook, String(r.incidents), String(r.recurrences), percent(r.rate, 0)]),
    )}`,
  );
  sections.push(
    `Per quarter (medians)
${formatTable(
      ['quarter', 'incidents', 'to detect', 'to resolve', 'recurrence'],
      stats.quarterly.map((q) => [q.quarter, String(q.incidents), minutes(q.time_to_detect), minutes(q.time_to_resolve), percent(q.recurrence_rate, 0)]),
    )}`,
  );

  const league = (title: string, rows: Stats['solutions']['best']) =>
    `${title}\n${formatTable(
      ['solution', 'attempts', 'resolved', 'mitigated', 'failed', 'success', 'score'],
      rows.map((r) => [r.solution, r.attempts, r.resolved, r.mitigated, r.failed].map(String).concat(percent(r.success_rate, 0), r.score.toFixed(2))),
    )}`;
  sections.push(league('Best solutions', stats.solutions.best));
  if (stats.solutions.worst.length) sections.push(league('Worst solutions', stats.solutions.worst));

  const list = (title: string, entries: { id: string }[]) =>
    `${title}: ${entries.length}\n${entries.map((e) => `  ${e.id}\n`).join('')}`;
  sections.push(list('Runbooks no incident has used', stats.coverage.unused_runbooks));
  sections.push(list('Incidents with no runbook', stats.coverage.incidents_without_runbook));

  sections.push(
    `Availability per month\n${formatTable(
      ['month', 'target', 'downtime', 'allowed', 'availability', 'budget used', 'incidents'],
      stats.availability.map((a) => [
        a.month,
        `${a.sla_target}%`,
        minutes(a.downtime_minutes),
        `${a.allowed_minutes.toFixed(1)}m`,
        `${a.availability.toFixed(3)}%`,
        percent(a.budget_used, 0),
        String(a.incidents.length),
      ]),
    )}`,
  );

  const items = stats.action_items;
  sections.push(
    `Action items (ages at ${localDateTime(Date.parse(stats.now), stats.timezone)})\n${formatTable(
      ['horizon', 'open', 'overdue', 'done'],
      Object.entries(items.by_horizon).map(([h, c]) => [h, String(c.open), String(c.overdue), String(c.done)]),
    )}` +
      (items.open.length
        ? `\nOpen, oldest first\n${formatTable(
            ['age', 'horizon', 'incident', 'item'],
            items.open.map((i) => [`${i.age_days}d`, i.overdue ? `${i.horizon} (overdue)` : i.horizon, i.incident, i.title]),
          )}`
        : ''),
  );
  if (stats.action_item_effects.length) {
    sections.push(
      `Done action items: incidents of their runbooks before / after
${formatTable(
        ['incident', 'item', 'before', 'after'],
        stats.action_item_effects.map((e) => [e.incident, e.title, String(e.before.length), String(e.after.length)]),
      )}`,
    );
  }
  return sections.join('\n');
}
