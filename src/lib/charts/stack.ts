/**
 * Stacked bars: one bar per row (a month), one segment per key (a severity), stacked from the
 * axis up in key order. Zero segments are left out: they would draw nothing and clutter titles.
 */
import { DEFAULT_FRAME, plotArea, type Frame } from './layout.ts';
import { linearScale, niceTicks } from './scale.ts';

export interface Segment<K extends string> {
  key: K;
  value: number;
  y: number;
  height: number;
}

export interface StackedBar<K extends string> {
  label: string;
  total: number;
  x: number;
  width: number;
  segments: Segment<K>[];
}

export interface StackedBars<K extends string> {
  bars: StackedBar<K>[];
  /** Horizontal grid lines with their value. */
  yTicks: { value: number; y: number }[];
  frame: Frame;
}

/** Geometry of a stacked bar chart of `rows`, each holding a number for every key. */
export function stackBars<K extends string>(
  rows: readonly ({ label: string } & Record<K, number>)[],
  keys: readonly K[],
  frame: Frame = DEFAULT_FRAME,
): StackedBars<K> {
  const area = plotArea(frame);
  const totals = rows.map((row) => keys.reduce((sum, k) => sum + row[k], 0));
  const ticks = niceTicks(Math.max(0, ...totals), 4);
  const y = linearScale([0, ticks[ticks.length - 1]!], [area.bottom, area.top]);
  const slot = rows.length ? (area.right - area.left) / rows.length : 0;
  // A gap of a fifth of the slot keeps neighbouring months apart, at least 1 unit.
  const gap = Math.max(1, slot * 0.2);
  const bars = rows.map((row, i): StackedBar<K> => {
    let base = 0;
    const segments = keys.flatMap((key): Segment<K>[] => {
      const value = row[key];
      if (!value) return [];
      const top = y(base + value);
      const segment = { key, value, y: top, height: y(base) - top };
      base += value;
      return [segment];
    });
    return { label: row.label, total: totals[i]!, x: area.left + i * slot + gap / 2, width: Math.max(1, slot - gap), segments };
  });
  return { bars, yTicks: ticks.map((value) => ({ value, y: y(value) })), frame };
}
