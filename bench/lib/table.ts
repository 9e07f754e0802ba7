import type { BenchResult } from './types';

function figure(value: number | null, unit: string): string {
  if (value === null) return '\u2013';
  return unit === 'MB'
    ? `${value.toFixed(0)} MB`
    : `${value.toFixed(value < 10 ? 2 : 0)} ms`;
}

/** The bench's report: one row per measurement, aligned for a terminal. */
export function formatTable(results: readonly BenchResult[]): string {
  const header = ['work', 'ours', 'baseline', 'ratio', 'goal', 'result'];
  const rows = results.map((result) => [
    result.work,
    figure(result.ours, result.unit),
    figure(result.baseline, result.unit),
    result.baseline ? `${(result.ours / result.baseline).toFixed(3)}\u00d7` : '\u2013',
    result.goal,
    (result.pass ? 'pass' : 'FAIL') + (result.note ? ` (${result.note})` : ''),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] as string).length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] as number))
      .join('  ')
      .trimEnd();
  return [
    line(header),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line),
  ].join('\n');
}
