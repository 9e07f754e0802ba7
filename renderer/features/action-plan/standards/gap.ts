import {
  BENCHMARK_KIND_LABELS,
  formatValue,
  type StandardStatusRow,
} from '../../../../shared/domain/actionPlanStandards';

/** "1.5 minutes behind best in business (1 minute)": the gap to the benchmark in words. */
export function gapText(row: StandardStatusRow): string {
  if (!row.benchmark) return 'No benchmark';
  const reference =
    `${BENCHMARK_KIND_LABELS[row.benchmark.kind].toLowerCase()} ` +
    `(${formatValue(row.benchmark.value, row.unit)})`;
  if (row.gap === null || row.standing === null) return `Benchmark: ${reference}`;
  if (row.standing === 'level') return `Level with ${reference}`;
  const amount = formatValue(Math.abs(row.gap), row.unit);
  return `${amount} ${row.standing === 'better' ? 'better than' : 'behind'} ${reference}`;
}
