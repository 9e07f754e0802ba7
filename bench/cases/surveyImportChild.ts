/**
 * Imports one response file into a workspace in a process of its own, so its peak memory
 * can be read without the bench's own data in it. Prints one JSON line.
 */
import { createBackend } from '../../electron/backend/backend';
import { silentLogger } from '../../electron/common/logger';

async function main(): Promise<void> {
  const [workspace, surveyId, data] = process.argv.slice(2);
  if (!workspace || !surveyId || !data)
    throw new Error('usage: <workspace> <survey id> <file>');
  const backend = createBackend({ log: silentLogger });
  const opened = await backend.call('workspace.open', { file: workspace });
  if (!opened.ok) throw new Error(opened.error.message);
  const started = performance.now();
  const result = await backend.call('responses.import', { surveyId, file: data });
  const ms = performance.now() - started;
  backend.shutdown();
  if (!result.ok) throw new Error(result.error.message);
  const report = result.value as { imported: number; rejectedTotal: number };
  process.stdout.write(
    `${JSON.stringify({
      ms,
      imported: report.imported,
      rejected: report.rejectedTotal,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
