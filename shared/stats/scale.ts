import { shareWithInterval, type Share } from './proportions';

/** Answers counted per scale point: `counts[value]`. */
export type PointCounts = ReadonlyMap<number, number>;

export interface ScaleSummary {
  n: number;
  mean: number | null;
  /** Share answering one of the top points (4 and 5 of 1..5; 9 and 10 of 0..10). */
  top: Share | null;
}

export function answeredCount(counts: PointCounts): number {
  let n = 0;
  for (const count of counts.values()) n += count;
  return n;
}

export function meanOf(counts: PointCounts): number | null {
  let n = 0;
  let total = 0;
  for (const [value, count] of counts) {
    n += count;
    total += value * count;
  }
  return n === 0 ? null : total / n;
}

/** Summarises a scale question; `topPoints` are the values that count as a top box. */
export function summarizeScale(
  counts: PointCounts,
  topPoints: readonly number[],
): ScaleSummary {
  const n = answeredCount(counts);
  const successes = topPoints.reduce((sum, point) => sum + (counts.get(point) ?? 0), 0);
  return { n, mean: meanOf(counts), top: shareWithInterval(successes, n) };
}

export const AGREEMENT_TOP_TWO = [4, 5] as const;
export const ELEVEN_POINT_TOP_TWO = [9, 10] as const;
