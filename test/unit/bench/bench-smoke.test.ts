import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BENCH_CASES, runBench } from '../../../bench/bench';
import { formatTable } from '../../../bench/lib/table';
import { SQLITE3 } from '../../../bench/cases/surveys';

describe('the bench', () => {
  // Timings are never asserted here: this only proves every case's code paths still run.
  it('runs every case at a small scale and prints one table row per measurement', async () => {
    const lines: string[] = [];

    const results = await runBench(BENCH_CASES, {
      rows: 2000,
      repeats: 1,
      log: (line) => lines.push(line),
    });
    const table = formatTable(results);

    expect(results.map((result) => result.work)).toEqual([
      'import CSV, 2,000 rows (median)',
      'import peak memory, 2,000 rows',
      'compile overall + by channel (median)',
    ]);
    expect(
      results.every((result) => Number.isFinite(result.ours) && result.ours > 0),
    ).toBe(true);
    if (existsSync(SQLITE3)) expect(results[0]?.baseline).toBeGreaterThan(0);
    expect(table.split('\n')).toHaveLength(2 + results.length);
    expect(lines).toContain('[surveys]');
  }, 120_000);
});
