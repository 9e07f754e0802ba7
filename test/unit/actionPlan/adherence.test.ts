import { describe, expect, it } from 'vitest';
import {
  benchmarkGap,
  computeTrend,
  evaluateAdherence,
  latestPoint,
} from '../../../shared/domain/adherence';

describe('adherence to a target', () => {
  it('meets an "at most" target at or under it and misses above it', () => {
    expect(evaluateAdherence('at-most', 3, 2.5)).toEqual({
      met: true,
      difference: -0.5,
      margin: 0.5,
    });
    expect(evaluateAdherence('at-most', 3, 3)).toEqual({
      met: true,
      difference: 0,
      margin: 0,
    });
    expect(evaluateAdherence('at-most', 3, 4.25)).toEqual({
      met: false,
      difference: 1.25,
      margin: -1.25,
    });
  });

  it('meets an "at least" target at or over it and misses below it', () => {
    expect(evaluateAdherence('at-least', 85, 90)).toEqual({
      met: true,
      difference: 5,
      margin: 5,
    });
    expect(evaluateAdherence('at-least', 85, 84)).toEqual({
      met: false,
      difference: -1,
      margin: -1,
    });
  });

  it('treats floating-point noise at the target as meeting it', () => {
    expect(evaluateAdherence('at-most', 0.3, 0.1 + 0.2).met).toBe(true);
    expect(evaluateAdherence('at-least', 0.3, 0.1 + 0.2).met).toBe(true);
  });
});

describe('gap to a benchmark', () => {
  it('is the value minus the benchmark, better when on the good side of the comparator', () => {
    expect(benchmarkGap('at-most', 4, 2)).toEqual({ difference: 2, standing: 'worse' });
    expect(benchmarkGap('at-most', 1.5, 2)).toEqual({
      difference: -0.5,
      standing: 'better',
    });
    expect(benchmarkGap('at-least', 92, 90)).toEqual({
      difference: 2,
      standing: 'better',
    });
    expect(benchmarkGap('at-least', 90, 90)).toEqual({
      difference: 0,
      standing: 'level',
    });
  });
});

describe('trend over periods', () => {
  it('fits a least-squares slope and reads a falling wait as improving', () => {
    // x = 0, 1, 2; y = 6, 5, 3: mean x 1, mean y 14/3; slope = (-1*(4/3) + 0 + 1*(-5/3)) / 2 = -1.5
    const points = [
      { period: '2026-01', value: 6 },
      { period: '2026-02', value: 5 },
      { period: '2026-03', value: 3 },
    ];

    const trend = computeTrend('at-most', 5, points);

    expect(trend.slopePerPeriod).toBeCloseTo(-1.5, 10);
    expect(trend.direction).toBe('improving');
    expect(trend.changeFromPrevious).toBe(-2);
    expect(trend.points).toBe(3);
  });

  it('reads a falling share as worsening for an "at least" standard', () => {
    const trend = computeTrend('at-least', 80, [
      { period: '2026-Q1', value: 88 },
      { period: '2026-Q2', value: 84 },
    ]);

    expect(trend.slopePerPeriod).toBe(-4);
    expect(trend.direction).toBe('worsening');
  });

  it('reads a change under 1% of the target per period as steady', () => {
    // slope 0.5 per period against a target of 60: 0.83% of it
    const trend = computeTrend('at-least', 60, [
      { period: '2026-01', value: 70 },
      { period: '2026-02', value: 70.5 },
    ]);

    expect(trend.direction).toBe('steady');
  });

  it('counts a missing period as time passing', () => {
    // January 10, March 6: two periods apart, so the slope is -2 per period, not -4
    const trend = computeTrend('at-most', 10, [
      { period: '2026-03', value: 6 },
      { period: '2026-01', value: 10 },
    ]);

    expect(trend.slopePerPeriod).toBeCloseTo(-2, 10);
    expect(trend.changeFromPrevious).toBe(-4);
  });

  it('fits only the latest six periods', () => {
    const points = [
      { period: '2025-01', value: 100 },
      ...[2, 3, 4, 5, 6, 7].map((month) => ({ period: `2025-0${month}`, value: 5 })),
    ];

    const trend = computeTrend('at-most', 5, points);

    expect(trend.points).toBe(6);
    expect(trend.slopePerPeriod).toBe(0);
    expect(trend.direction).toBe('steady');
  });

  it('says there is too little to go on with one point', () => {
    expect(computeTrend('at-most', 3, [{ period: '2026-01', value: 2 }])).toEqual({
      direction: 'insufficient',
      slopePerPeriod: null,
      changeFromPrevious: null,
      points: 1,
    });
  });
});

describe('the latest point', () => {
  const points = [
    { period: '2026-01', value: 1 },
    { period: '2026-03', value: 3 },
    { period: '2026-02', value: 2 },
  ];

  it('is the newest period', () => {
    expect(latestPoint(points)?.value).toBe(3);
  });

  it('is the newest at or before a given month or quarter', () => {
    expect(latestPoint(points, '2026-02')?.value).toBe(2);
    expect(latestPoint(points, '2026-Q1')?.value).toBe(3);
    expect(latestPoint(points, '2025-12')).toBeNull();
  });

  it('includes a quarter when asked for the month it ends in', () => {
    expect(latestPoint([{ period: '2026-Q1', value: 7 }], '2026-03')?.value).toBe(7);
    expect(latestPoint([{ period: '2026-Q1', value: 7 }], '2026-02')).toBeNull();
  });
});
