import { describe, expect, it } from 'vitest';
import { parsePastedMeasurements } from '../../../renderer/features/action-plan/standards/paste';

describe('measurements pasted from a spreadsheet', () => {
  it('reads tab-separated rows with an optional sample size, skipping blank lines', () => {
    const parsed = parsePastedMeasurements('2026-01\t2.5\t840\r\n\n2026-02\t3\n');

    expect(parsed).toEqual({
      rows: [
        { period: '2026-01', value: 2.5, n: 840 },
        { period: '2026-02', value: 3, n: null },
      ],
      problem: null,
    });
  });

  it('reads comma-separated rows when there is no tab', () => {
    expect(parsePastedMeasurements('2026-Q1, 88, 310').rows).toEqual([
      { period: '2026-Q1', value: 88, n: 310 },
    ]);
  });

  it('stops at a value that is not a plain number, naming the line', () => {
    expect(parsePastedMeasurements('2026-01\t2\n2026-02\t85%').problem).toBe(
      'Line 2: "85%" is not a number.',
    );
  });

  it('stops at a fractional sample size and at extra cells', () => {
    expect(parsePastedMeasurements('2026-01\t2\t1.5').problem).toBe(
      'Line 1: "1.5" is not a whole sample size.',
    );
    expect(parsePastedMeasurements('2026-01\t2\t1\tx').problem).toBe(
      'Line 1 has more than three cells.',
    );
  });

  it('asks for at least one line', () => {
    expect(parsePastedMeasurements('  \n').problem).toBe('Paste at least one line.');
  });
});
