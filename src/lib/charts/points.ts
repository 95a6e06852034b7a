/**
 * A scatter of values over time (time to resolve per incident): x from the instant, y from the
 * value, plus year ticks along the bottom, since incidents are sparse and span years.
 */
import { DEFAULT_FRAME, plotArea, type Frame } from './layout.ts';
import { linearScale, niceTicks } from './scale.ts';

export interface TimePoint<T> {
  at: number;
  value: number;
  datum: T;
}

export interface PlottedPoint<T> extends TimePoint<T> {
  x: number;
  y: number;
}

export interface TimeScatter<T> {
  points: PlottedPoint<T>[];
  yTicks: { value: number; y: number }[];
  /** One tick at each 1 January inside the range. */
  xTicks: { label: string; x: number }[];
  frame: Frame;
}

export function timeScatter<T>(data: readonly TimePoint<T>[], frame: Frame = DEFAULT_FRAME): TimeScatter<T> {
  const area = plotArea(frame);
  const times = data.map((d) => d.at);
  // Half a month of padding either side, so the first and last dots do not sit on the axes.
  const pad = 15 * 86_400_000;
  const t0 = Math.min(...times) - pad;
  const t1 = Math.max(...times) + pad;
  const ticks = niceTicks(Math.max(0, ...data.map((d) => d.value)), 4);
  const x = linearScale([t0, t1], [area.left, area.right]);
  const y = linearScale([0, ticks[ticks.length - 1]!], [area.bottom, area.top]);
  const xTicks: { label: string; x: number }[] = [];
  if (data.length) {
    for (let year = new Date(t0).getUTCFullYear() + 1; Date.UTC(year, 0, 1) <= t1; year++) {
      xTicks.push({ label: String(year), x: x(Date.UTC(year, 0, 1)) });
    }
  }
  return {
    points: data.map((d) => ({ ...d, x: x(d.at), y: y(d.value) })),
    yTicks: ticks.map((value) => ({ value, y: y(value) })),
    xTicks,
    frame,
  };
}
