import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger, fileSink, formatError, stderrSink } from '../common/logger';
import { createBackend } from './backend';
import {
  LOG_FILE_SWITCH,
  toBackendMessage,
  type FromBackendMessage,
} from './hostMessages';

/** What Electron gives a utility process to talk to its parent; declared here to stay Electron-free. */
interface ParentPort {
  on(event: 'message', listener: (message: { data: unknown }) => void): unknown;
  postMessage(message: FromBackendMessage): void;
}

const parentPort = (process as NodeJS.Process & { parentPort?: ParentPort }).parentPort;
if (!parentPort) {
  process.stderr.write('The backend host runs only inside the desktop app.\n');
  process.exit(1);
}

const logFile = process.argv
  .find((argument) => argument.startsWith(LOG_FILE_SWITCH))
  ?.slice(LOG_FILE_SWITCH.length);
const log = createLogger({
  processName: 'backend',
  sinks: logFile ? [stderrSink, fileSink(logFile)] : [stderrSink],
});
const here = dirname(fileURLToPath(import.meta.url));
// The build copies the SQL migrations beside this bundle; run from source, the backend
// finds them in its own db folder.
const bundledMigrations = join(here, 'migrations');
// Likewise the worker threads' bundles, when built.
const bundledWorkers = existsSync(join(here, 'responseFileWorker.js'));
const backend = createBackend({
  log,
  migrationsFolder: existsSync(bundledMigrations) ? bundledMigrations : undefined,
  workerBundleFolder: bundledWorkers ? here : undefined,
});
const hostLog = log.child('host');

backend.onEvent((event, payload) => {
  parentPort.postMessage({ type: 'event', event, payload });
});

function shutdown(): never {
  try {
    backend.shutdown();
  } catch (error) {
    hostLog.error('shutdown failed', { error: formatError(error) });
  }
  process.exit(0);
}

parentPort.on('message', ({ data }) => {
  const parsed = toBackendMessage.safeParse(data);
  if (!parsed.success) {
    hostLog.error('ignored a malformed message from main');
    return;
  }
  const message = parsed.data;
  switch (message.type) {
    case 'shutdown':
      shutdown();
      break;
    case 'call':
      void backend.call(message.method, message.input).then((result) => {
        parentPort.postMessage({ type: 'result', id: message.id, result });
      });
      break;
    default: {
      const unreachable: never = message;
      hostLog.error('unknown message', { message: unreachable });
    }
  }
});

process.on('uncaughtException', (error) => {
  hostLog.error('uncaught exception; the backend stops', { error: formatError(error) });
  process.exit(1);
});

hostLog.info('backend ready', { pid: process.pid });
