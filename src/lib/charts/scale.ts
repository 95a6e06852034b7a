/** Scales and axis ticks for the build-time SVG charts: numbers in, SVG coordinates out. */

/** A linear map from `domain` to `range`; a zero-width domain maps everything to the range's start. */
export function linearScale([d0, d1]: [number, number], [r0, r1]: [number, number]): (value: number) => number {
  const span = d1 - d0;
  return (value) => (span === 0 ? r0 : r0 + ((value - d0) / span) * (r1 - r0));
}

/**
 * Round tick values from 0 to at least `max`: steps of 1, 2 or 5 × 10ⁿ, about `count` of them, so
 * an axis reads 0 20 40 60 rather than 0 17.5 35. The last tick is the axis maximum.
 */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw)!;
  // Integer steps are counted in units of the step, so 0.1 + 0.2 dust never shows on an axis.
  const n = Math.ceil(max / step - 1e-9);
  return Array.from({ length: n + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}
