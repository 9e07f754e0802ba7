/**
 * The performance bench: `npm run bench [-- --rows N --repeats N --only name]`. Each case
 * measures our work against a baseline run on the same machine in the same run, and the
 * table says whether each goal is met. It is not part of the test suite: timings vary.
 */
import { parseArgs } from 'node:util';
import { BENCH_CASES, runBench } from './bench';
import { formatTable } from './lib/table';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '1000000' },
      repeats: { type: 'string', default: '9' },
      only: { type: 'string' },
    },
  });
  const cases = BENCH_CASES.filter((entry) => !values.only || entry.name === values.only);
  const results = await runBench(cases, {
    rows: Number(values.rows),
    repeats: Number(values.repeats),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`${formatTable(results)}\n`);
  if (results.some((result) => !result.pass)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exitCode = 1;
});
