import { describe, expect, it } from 'vitest';
import {
  comparePeriodTexts,
  nextPeriod,
  parsePeriod,
  periodEndMonth,
  periodLabel,
  periodOrdinal,
} from '../../../shared/domain/periods';

describe('reading periods', () => {
  it('reads a month and a quarter in their canonical forms', () => {
    expect(parsePeriod('2026-03')).toEqual({
      kind: 'month',
      year: 2026,
      index: 3,
      text: '2026-03',
    });
    expect(parsePeriod('2026-Q4')).toEqual({
      kind: 'quarter',
      year: 2026,
      index: 4,
      text: '2026-Q4',
    });
  });

  it.each([
    '2026-3',
    '2026-13',
    '2026-00',
    '2026-Q5',
    '2026-Q0',
    '2026q1',
    '26-01',
    ' 2026-01',
    '2026-01-01',
    '',
  ])('refuses %j', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });
});

describe('ordering periods', () => {
  it('orders months and quarters by the month they end in', () => {
    const texts = ['2026-Q1', '2025-12', '2026-02', '2026-03', '2025-Q4'];

    const sorted = [...texts].sort(comparePeriodTexts);

    expect(sorted).toEqual(['2025-12', '2025-Q4', '2026-02', '2026-03', '2026-Q1']);
  });

  it('counts consecutive periods as consecutive ordinals across a year end', () => {
    const december = parsePeriod('2025-12')!;
    const january = parsePeriod('2026-01')!;
    const q4 = parsePeriod('2025-Q4')!;
    const q1 = parsePeriod('2026-Q1')!;

    expect(periodOrdinal(january) - periodOrdinal(december)).toBe(1);
    expect(periodOrdinal(q1) - periodOrdinal(q4)).toBe(1);
    expect(periodEndMonth(q1)).toBe(periodEndMonth(parsePeriod('2026-03')!));
  });

  it('steps to the next period over a year end', () => {
    expect(nextPeriod(parsePeriod('2025-12')!).text).toBe('2026-01');
    expect(nextPeriod(parsePeriod('2025-Q4')!).text).toBe('2026-Q1');
    expect(nextPeriod(parsePeriod('2026-Q2')!).text).toBe('2026-Q3');
  });

  it('labels periods for people', () => {
    expect(periodLabel('2026-03')).toBe('Mar 2026');
    expect(periodLabel('2026-Q2')).toBe('Q2 2026');
  });
});
