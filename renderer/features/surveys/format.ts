import { quarterLabel } from '../../../shared/domain/surveys';

/** Every read and write of the surveys area; a change to one refreshes them all. */
export const SURVEY_PREFIXES = ['surveys.', 'responses.'];

export function percent(share: number | null | undefined, digits = 0): string {
  if (share === null || share === undefined) return '\u2013';
  return `${(share * 100).toFixed(digits)}%`;
}

export function interval(low: number | null, high: number | null): string {
  if (low === null || high === null) return '';
  return `${percent(low)}\u2013${percent(high)}`;
}

export function decimal(value: number | null | undefined, digits = 2): string {
  return value === null || value === undefined ? '\u2013' : value.toFixed(digits);
}

export function periodText(period: string): string {
  return /^\d{4}-Q[1-4]$/.test(period) ? quarterLabel(period) : period;
}

/** The quarter a date falls in, for defaults such as a new survey's period. */
export function quarterNow(): string {
  const now = new Date();
  return `${now.getFullYear()}-Q${Math.floor(now.getMonth() / 3) + 1}`;
}
