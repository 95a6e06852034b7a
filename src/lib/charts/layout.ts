/** The plot area of a chart: the SVG's size less the margins the axis labels need. */
export interface Frame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export const DEFAULT_FRAME: Frame = { width: 720, height: 260, margin: { top: 12, right: 12, bottom: 36, left: 44 } };

/** Left, right, top and bottom of the plot area in SVG units. */
export function plotArea(frame: Frame) {
  const { width, height, margin } = frame;
  return { left: margin.left, right: width - margin.right, top: margin.top, bottom: height - margin.bottom };
}
