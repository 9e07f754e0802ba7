/** The z value for a two-sided 95 % interval. */
export const Z_95 = 1.96;

export interface Interval {
  low: number;
  high: number;
}

export interface Share extends Interval {
  /** Successes over answers, between 0 and 1. */
  share: number;
  successes: number;
  n: number;
}

/**
 * The Wilson score interval for a proportion. It stays inside 0..1 and behaves at small n
 * and at shares near 0 or 1, where the normal-approximation interval does not.
 */
export function wilsonInterval(successes: number, n: number, z = Z_95): Interval | null {
  if (n <= 0 || successes < 0 || successes > n) return null;
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export function shareWithInterval(successes: number, n: number, z = Z_95): Share | null {
  const interval = wilsonInterval(successes, n, z);
  if (!interval) return null;
  return { share: successes / n, successes, n, ...interval };
}

export interface Change {
  /** This period's share minus the previous period's, between -1 and 1. */
  delta: number;
  /** Half-width of the 95 % interval of the difference of two independent shares. */
  marginOfError: number;
  /** True when the change is larger than its margin of error. */
  significant: boolean;
}

/** The change between two independent shares and whether it exceeds its margin of error. */
export function changeBetween(
  previous: { share: number; n: number },
  current: { share: number; n: number },
  z = Z_95,
): Change | null {
  if (previous.n <= 0 || current.n <= 0) return null;
  const variance =
    (previous.share * (1 - previous.share)) / previous.n +
    (current.share * (1 - current.share)) / current.n;
  const delta = current.share - previous.share;
  const marginOfError = z * Math.sqrt(variance);
  return { delta, marginOfError, significant: Math.abs(delta) > marginOfError };
}

/** Responses over the number offered; null when the number offered is unknown or zero. */
export function responseRate(responses: number, offered: number | null): number | null {
  if (offered === null || offered <= 0) return null;
  return responses / offered;
}
