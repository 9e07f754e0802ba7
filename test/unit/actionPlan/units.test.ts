import { describe, expect, it } from 'vitest';
import {
  formatValue,
  unitsFor,
  valueProblem,
} from '../../../shared/domain/actionPlanStandards';

describe('values in a standard\u2019s unit', () => {
  it('are written for people, singular for exactly one', () => {
    expect(formatValue(1, 'minutes')).toBe('1 minute');
    expect(formatValue(2.5, 'minutes')).toBe('2.5 minutes');
    expect(formatValue(1, 'business-days')).toBe('1 business day');
    expect(formatValue(85.456, 'percent')).toBe('85.46%');
    expect(formatValue(12000, 'count')).toBe('12,000');
  });

  it('fit the measure: times in time units, shares in percent, counts as counts', () => {
    expect(unitsFor('wait-time')).toEqual(['minutes', 'hours', 'days', 'business-days']);
    expect(unitsFor('satisfaction')).toEqual(['percent']);
    expect(unitsFor('count')).toEqual(['count']);
    expect(unitsFor('other')).toHaveLength(6);
  });

  it('are never negative, and a percentage is at most 100', () => {
    expect(valueProblem(-1, 'minutes')).toBe('cannot be negative');
    expect(valueProblem(100.5, 'percent')).toBe('is a percentage and cannot be over 100');
    expect(valueProblem(100, 'percent')).toBeNull();
    expect(valueProblem(Number.NaN, 'count')).toBe('is not a number');
  });
});
