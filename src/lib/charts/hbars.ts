/** Horizontal bars, one per labelled value (incidents per category), longest first. */
import { linearScale } from './scale.ts';

export interface HBar {
  label: string;
  value: number;
  y: number;
  /** Bar length in SVG units. */
  length: number;
}

export interface HBars {
  bars: HBar[];
  width: number;
  height: number;
  /** Where the bars start: room for the labels on the left. */
  left: number;
  barHeight: number;
}

export function horizontalBars(
  items: readonly { label: string; value: number }[],
  { width = 720, left = 160, right = 48, barHeight = 22, gap = 8 } = {},
): HBars {
  const sorted = [...items].sort((a, b) => b.value - a.value || (a.label < b.label ? -1 : 1));
  const max = Math.max(0, ...sorted.map((i) => i.value));
  const length = linearScale([0, max], [0, width - left - right]);
  return {
    bars: sorted.map((item, i) => ({ ...item, y: gap + i * (barHeight + gap), length: length(item.value) })),
    width,
    height: gap + sorted.length * (barHeight + gap),
    left,
    barHeight,
  };
}
