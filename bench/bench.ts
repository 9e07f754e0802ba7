import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { surveyBenchCase } from './cases/surveys';
import type { BenchCase, BenchOptions, BenchResult } from './lib/types';

/** Every bench case; add new ones here. */
export const BENCH_CASES: BenchCase[] = [surveyBenchCase];

/** Runs cases one after another, each in a temporary folder removed afterwards. */
export async function runBench(
  cases: readonly BenchCase[],
  options: Omit<BenchOptions, 'workDir'>,
): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const benchCase of cases) {
    const workDir = mkdtempSync(join(tmpdir(), `pcf-bench-${benchCase.name}-`));
    try {
      options.log(`[${benchCase.name}]`);
      results.push(...(await benchCase.run({ ...options, workDir })));
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  }
  return results;
}
