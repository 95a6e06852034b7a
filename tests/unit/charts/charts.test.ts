import { describe, expect, it } from 'vitest';
import { horizontalBars } from '../../../src/lib/charts/hbars.ts';
import type { Frame } from '../../../src/lib/charts/layout.ts';
import { timeScatter } from '../../../src/lib/charts/points.ts';
import { linearScale, niceTicks } from '../../../src/lib/charts/scale.ts';
import { stackBars } from '../../../src/lib/charts/stack.ts';

// Plot area 100 × 100 starting at (10, 0): easy numbers to check by hand.
const FRAME: Frame = { width: 110, height: 120, margin: { top: 0, right: 0, bottom: 20, left: 10 } };

describe('scales and ticks', () => {
  it('maps linearly, upside down for SVG y', () => {
    const y = linearScale([0, 50], [100, 0]);
    expect([y(0), y(25), y(50)]).toEqual([100, 50, 0]);
    expect(linearScale([3, 3], [7, 9])(3)).toBe(7);
  });

  it('picks 1, 2 or 5 × 10ⁿ steps that reach the maximum', () => {
    expect(niceTicks(3, 4)).toEqual([0, 1, 2, 3]); // raw step 0.75 → 1
    expect(niceTicks(135, 4)).toEqual([0, 50, 100, 150]); // raw 33.75 → 50
    expect(niceTicks(105, 4)).toEqual([0, 50, 100, 150]);
    expect(niceTicks(100, 5)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(0.3, 3)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});

describe('stackBars', () => {
  it('stacks segments in key order from the axis, skipping zeros', () => {
    const chart = stackBars(
      [
        { label: 'a', critical: 1, high: 2 },
        { label: 'b', critical: 0, high: 0 },
        { label: 'c', critical: 0, high: 3 },
      ],
      ['critical', 'high'] as const,
      FRAME,
    );
    // Max total 3 → ticks 0 1 2 3; one count is 100 / 3 units tall.
    expect(chart.yTicks.map((t) => t.value)).toEqual([0, 1, 2, 3]);
    const [a, b, c] = chart.bars;
    expect(a!.segments.map((s) => [s.key, s.value])).toEqual([['critical', 1], ['high', 2]]);
    expect(a!.segments[0]!.y).toBeCloseTo(100 - 100 / 3, 9);
    expect(a!.segments[0]!.height).toBeCloseTo(100 / 3, 9);
    expect(a!.segments[1]!.y).toBeCloseTo(0, 9); // reaches the top
    expect(b!.segments).toEqual([]);
    expect(c!.total).toBe(3);
    // Three slots of 100 / 3 from x = 10, each less a gap of a fifth of the slot.
    expect(a!.x).toBeCloseTo(10 + 100 / 30, 9);
    expect(a!.width).toBeCloseTo((100 / 3) * 0.8, 9);
    expect(c!.x).toBeGreaterThan(b!.x);
  });
});

describe('timeScatter', () => {
  it('places points by time and value, with a tick at each new year', () => {
    const chart = timeScatter(
      [
        { at: Date.UTC(2024, 5, 1), value: 60, datum: 'x' },
        { at: Date.UTC(2025, 5, 1), value: 120, datum: 'y' },
      ],
      FRAME,
    );
    expect(chart.yTicks.map((t) => t.value)).toEqual([0, 50, 100, 150]);
    const [p, q] = chart.points;
    expect(p!.y).toBeCloseTo(100 - (60 / 150) * 100, 9);
    expect(q!.x).toBeGreaterThan(p!.x);
    expect(chart.xTicks.map((t) => t.label)).toEqual(['2025']);
    expect(chart.xTicks[0]!.x).toBeGreaterThan(p!.x);
    expect(chart.xTicks[0]!.x).toBeLessThan(q!.x);
  });
});

describe('horizontalBars', () => {
  it('sorts longest first and scales to the free width', () => {
    const chart = horizontalBars(
      [
        { label: 'web', value: 1 },
        { label: 'database', value: 4 },
        { label: 'cache', value: 2 },
      ],
      { width: 300, left: 100, right: 0, barHeight: 10, gap: 5 },
    );
    expect(chart.bars.map((b) => [b.label, b.length, b.y])).toEqual([
      ['database', 200, 5],
      ['cache', 100, 20],
      ['web', 50, 35],
    ]);
    expect(chart.height).toBe(50);
  });
});
