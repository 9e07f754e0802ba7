import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createLogger, stderrSink } from '../common/logger';
import { buildRenderer, RENDERER_OUT_DIR } from './buildRenderer';
import { startHarness } from './server';

const USAGE =
  'npm run web -- [--workspace <file>] [--port <n>] [--no-build] [--state-dir <folder>]';

const log = createLogger({ processName: 'harness', sinks: [stderrSink] });

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      workspace: { type: 'string' },
      port: { type: 'string' },
      'no-build': { type: 'boolean' },
      'state-dir': { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const port = values.port === undefined ? 0 : Number.parseInt(values.port, 10);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a number from 0 to 65535. Usage: ${USAGE}`);
  }
  if (!values['no-build']) await buildRenderer();
  const harness = await startHarness({
    rendererDir: RENDERER_OUT_DIR,
    workspace: values.workspace ? resolve(values.workspace) : undefined,
    port,
    stateDir: values['state-dir']
      ? resolve(values['state-dir'])
      : mkdtempSync(join(tmpdir(), 'pcf-harness-')),
    log,
  });
  process.stdout.write(
    `Californians First is being served for testing and demos (not for production) ` +
      `at\n${harness.url}\n`,
  );
  const stop = () => {
    void harness.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `web: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
