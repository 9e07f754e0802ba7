import { z } from 'zod';

/** How often a standard is measured. */
export const PERIOD_KINDS = ['month', 'quarter'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export const periodKind = z.enum(PERIOD_KINDS);

export interface Period {
  kind: PeriodKind;
  year: number;
  /** 1 to 12 for a month, 1 to 4 for a quarter. */
  index: number;
  /** The canonical text: 2026-03 or 2026-Q1. */
  text: string;
}

const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;
const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

/** Reads `YYYY-MM` or `YYYY-Qn` exactly; anything else (2026-3, 2026q1, 2026-13) is null. */
export function parsePeriod(text: string): Period | null {
  const month = MONTH_PATTERN.exec(text);
  if (month) {
    const year = Number(month[1]);
    const index = Number(month[2]);
    if (index < 1 || index > 12 || year < MIN_YEAR || year > MAX_YEAR) return null;
    return { kind: 'month', year, index, text };
  }
  const quarter = QUARTER_PATTERN.exec(text);
  if (quarter) {
    const year = Number(quarter[1]);
    if (year < MIN_YEAR || year > MAX_YEAR) return null;
    return { kind: 'quarter', year, index: Number(quarter[2]), text };
  }
  return null;
}

export const periodText = z
  .string()
  .trim()
  .refine((text) => parsePeriod(text) !== null, {
    message: 'a period is written YYYY-MM (a month) or YYYY-Qn (a quarter)',
  });

/** Months since year 0 of the period's last month, so months and quarters order together. */
export function periodEndMonth(period: Period): number {
  const lastMonth = period.kind === 'month' ? period.index : period.index * 3;
  return period.year * 12 + lastMonth - 1;
}

/** Consecutive integers for consecutive periods of one kind; used for trends over gaps. */
export function periodOrdinal(period: Period): number {
  return period.kind === 'month'
    ? period.year * 12 + period.index - 1
    : period.year * 4 + period.index - 1;
}

/** Orders by when the period ends; a quarter sorts with its last month. */
export function comparePeriods(a: Period, b: Period): number {
  const difference = periodEndMonth(a) - periodEndMonth(b);
  if (difference !== 0) return difference;
  if (a.kind === b.kind) return 0;
  return a.kind === 'month' ? -1 : 1;
}

export function comparePeriodTexts(a: string, b: string): number {
  const left = parsePeriod(a);
  const right = parsePeriod(b);
  if (!left || !right) return a.localeCompare(b);
  return comparePeriods(left, right);
}

export function nextPeriod(period: Period): Period {
  const size = period.kind === 'month' ? 12 : 4;
  const year = period.index === size ? period.year + 1 : period.year;
  const index = period.index === size ? 1 : period.index + 1;
  return makePeriod(period.kind, year, index);
}

export function makePeriod(kind: PeriodKind, year: number, index: number): Period {
  const text =
    kind === 'month' ? `${year}-${String(index).padStart(2, '0')}` : `${year}-Q${index}`;
  return { kind, year, index, text };
}

/** The period of a kind that contains a calendar date. */
export function periodContaining(kind: PeriodKind, date: Date): Period {
  const month = date.getUTCMonth() + 1;
  const index = kind === 'month' ? month : Math.ceil(month / 3);
  return makePeriod(kind, date.getUTCFullYear(), index);
}

const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** "Mar 2026" or "Q1 2026", for screens and printed pages. */
export function periodLabel(text: string): string {
  const period = parsePeriod(text);
  if (!period) return text;
  return period.kind === 'month'
    ? `${MONTH_NAMES[period.index - 1] ?? ''} ${period.year}`
    : `Q${period.index} ${period.year}`;
}
