import {
  comparePeriods,
  parsePeriod,
  periodEndMonth,
  periodOrdinal,
  type Period,
} from './periods';

export const COMPARATORS = ['at-most', 'at-least'] as const;
export type Comparator = (typeof COMPARATORS)[number];

/** Values this close are equal: 0.1 + 0.2 must meet a target of 0.3. */
const EPSILON = 1e-9;

export interface Adherence {
  met: boolean;
  /** value − target, in the standard's unit. */
  difference: number;
  /** How far the value is on the good side of the target; negative when the target is missed. */
  margin: number;
}

export function favourableDifference(
  comparator: Comparator,
  value: number,
  reference: number,
) {
  switch (comparator) {
    case 'at-most':
      return reference - value;
    case 'at-least':
      return value - reference;
    default:
      return assertComparator(comparator);
  }
}

function assertComparator(value: never): never {
  throw new Error(`Unexpected comparator: ${String(value)}`);
}

const isZero = (value: number, scale: number) =>
  Math.abs(value) <= EPSILON * Math.max(1, Math.abs(scale));

export function evaluateAdherence(
  comparator: Comparator,
  target: number,
  value: number,
): Adherence {
  const margin = favourableDifference(comparator, value, target);
  const settled = isZero(margin, target) ? 0 : margin;
  return { met: settled >= 0, difference: value - target, margin: settled };
}

export type Standing = 'better' | 'level' | 'worse';

export interface BenchmarkGap {
  /** value − benchmark, in the standard's unit. */
  difference: number;
  standing: Standing;
}

export function benchmarkGap(
  comparator: Comparator,
  value: number,
  benchmark: number,
): BenchmarkGap {
  const favourable = favourableDifference(comparator, value, benchmark);
  const standing: Standing = isZero(favourable, benchmark)
    ? 'level'
    : favourable > 0
      ? 'better'
      : 'worse';
  return { difference: value - benchmark, standing };
}

export interface SeriesPoint {
  period: string;
  value: number;
}

export type TrendDirection = 'improving' | 'worsening' | 'steady' | 'insufficient';

export interface Trend {
  direction: TrendDirection;
  /** Least-squares change per period over the points considered, in the standard's unit. */
  slopePerPeriod: number | null;
  /** Latest value minus the one before it. */
  changeFromPrevious: number | null;
  /** How many of the latest points the trend was fitted on. */
  points: number;
}

/** A trend reads the most recent periods only: what happened two years ago is not a trend. */
export const TREND_WINDOW = 6;
/** A change smaller than this share of the target per period reads as steady. */
export const STEADY_SHARE = 0.01;

interface Placed {
  period: Period;
  value: number;
}

/** Keeps points whose period reads, ordered oldest first. */
export function orderSeries(points: readonly SeriesPoint[]): SeriesPoint[] {
  return points
    .map((point) => ({ period: parsePeriod(point.period), value: point.value }))
    .filter((point): point is Placed => point.period !== null)
    .sort((a, b) => comparePeriods(a.period, b.period))
    .map((point) => ({ period: point.period.text, value: point.value }));
}

function leastSquaresSlope(xs: number[], ys: number[]): number {
  const count = xs.length;
  const meanX = xs.reduce((sum, x) => sum + x, 0) / count;
  const meanY = ys.reduce((sum, y) => sum + y, 0) / count;
  let covariance = 0;
  let variance = 0;
  for (let index = 0; index < count; index += 1) {
    const dx = (xs[index] ?? 0) - meanX;
    covariance += dx * ((ys[index] ?? 0) - meanY);
    variance += dx * dx;
  }
  return variance === 0 ? 0 : covariance / variance;
}

/**
 * The direction of the latest periods relative to the comparator: for an "at most" standard
 * a falling line is improving. Gaps between periods count as time passing, so two points a
 * year apart give a gentler slope than two consecutive months.
 */
export function computeTrend(
  comparator: Comparator,
  target: number,
  points: readonly SeriesPoint[],
): Trend {
  const ordered = orderSeries(points).slice(-TREND_WINDOW);
  const last = ordered.at(-1);
  const previous = ordered.at(-2);
  const changeFromPrevious = last && previous ? last.value - previous.value : null;
  if (ordered.length < 2) {
    return {
      direction: 'insufficient',
      slopePerPeriod: null,
      changeFromPrevious,
      points: ordered.length,
    };
  }
  const xs = ordered.map((point) => periodOrdinal(parsePeriod(point.period) as Period));
  const slope = leastSquaresSlope(
    xs,
    ordered.map((point) => point.value),
  );
  const scale = Math.abs(target) > EPSILON ? Math.abs(target) : meanMagnitude(ordered);
  const favourable = favourableDifference(comparator, slope, 0);
  const direction: TrendDirection =
    Math.abs(slope) <= STEADY_SHARE * scale
      ? 'steady'
      : favourable > 0
        ? 'improving'
        : 'worsening';
  return { direction, slopePerPeriod: slope, changeFromPrevious, points: ordered.length };
}

function meanMagnitude(points: SeriesPoint[]): number {
  return points.reduce((sum, point) => sum + Math.abs(point.value), 0) / points.length;
}

/** The latest point at or before `asOf` (a period of either kind), or the latest of all. */
export function latestPoint<T extends SeriesPoint>(
  points: readonly T[],
  asOf?: string | null,
): T | null {
  const limit = asOf ? parsePeriod(asOf) : null;
  let best: { point: T; period: Period } | null = null;
  for (const point of points) {
    const period = parsePeriod(point.period);
    if (!period) continue;
    if (limit && periodEndMonth(period) > periodEndMonth(limit)) continue;
    if (!best || comparePeriods(period, best.period) > 0) best = { point, period };
  }
  return best?.point ?? null;
}
