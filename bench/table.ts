/** The benchmark's tables: a metric per row, an engine per column, then each engine's ratio to the baseline. */

/** `a / b` with two significant digits (0.0006x and 7.4x alike); '-' when one is missing. */
export function ratio(a: number | undefined, b: number | undefined): string {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || !b) return '-';
  return `${Number((a / b).toPrecision(2))}x`;
}

export type Metric<R> = [label: string, show: (r: R) => string, value: (r: R) => number | undefined];

/** Rows of one table: `baseline` is the engine the ratios are against (pagefind). */
export function rows<R extends { engine: string }>(results: R[], metrics: Metric<R>[], baseline: string): string[][] {
  const base = results.find((r) => r.engine === baseline);
  const others = results.filter((r) => r !== base);
  const head = ['', ...results.map((r) => r.engine), ...others.map((o) => `${o.engine} / ${baseline}`)];
  const body = metrics.map(([label, show, value]) => [label, ...results.map(show), ...others.map((o) => ratio(value(o), base && value(base)))]);
  return [head, ...body];
}

export function table(cells: string[][]): string {
  const widths = cells[0]!.map((_, c) => Math.max(...cells.map((r) => r[c]!.length)));
  return cells.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('   ')).join('\n');
}

export const kb = (bytes: number | undefined) => (bytes === undefined ? '-' : `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} KB`);
export const ms = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? '-' : `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ms`);
export const mb = (x: number | undefined) => (x === undefined ? '-' : `${x.toFixed(0)} MB`);
export const s = (x: number | undefined) => (x === undefined ? '-' : `${x.toFixed(1)} s`);

/** `--sizes 1000,10000,50000` → [1000, 10000, 50000]. */
export function parseSizes(text: string): number[] {
  const sizes = text.split(',').map((part) => Number(part.replace(/_/g, '')));
  if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`--sizes: positive whole numbers separated by commas, got "${text}"`);
  return sizes;
}
