import { app, protocol, session, type BrowserWindow } from 'electron';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger, fileSink, formatError, stderrSink } from '../common/logger';
import { APP_ENTRY_URL } from './appOrigin';
import { installAppMenu } from './appMenu';
import { APP_SCHEME_PRIVILEGES, serveAppProtocol } from './appProtocol';
import type { BackendProcess } from './backendProcess';
import { hardenSession, hardenWebContents } from './hardening';
import { startServices } from './services';
import { workspaceArgument } from './startupArgs';
import { createAppWindow } from './windowOptions';

const here = dirname(fileURLToPath(import.meta.url));
// A test run (or a portable copy) keeps its recent list, logs and browser storage in a folder
// of its own; it must be set before anything reads the user-data path.
const userDataOverride = process.env.PCF_USER_DATA;
if (userDataOverride) app.setPath('userData', resolve(userDataOverride));
const logDir = join(app.getPath('userData'), 'logs');
const log = createLogger({
  processName: 'main',
  sinks: [stderrSink, fileSink(join(logDir, 'main.log'))],
});

let mainWindow: BrowserWindow | null = null;
let backend: BackendProcess | null = null;

function openMainWindow(): void {
  const window = createAppWindow({
    preloadPath: resolve(here, '../preload/index.cjs'),
    isPackaged: app.isPackaged,
  });
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.webContents.on('render-process-gone', (_event, details) => {
    log.error('the page process stopped', {
      reason: details.reason,
      code: details.exitCode,
    });
  });
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    log.error('the app page failed to load', { error: formatError(error) });
  });
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

async function whenReady(): Promise<void> {
  await app.whenReady();
  hardenSession(session.defaultSession, log.child('session'));
  serveAppProtocol(protocol, resolve(here, '../renderer'), log.child('protocol'));
  backend = startServices({
    backendEntry: join(here, 'backend.js'),
    userDataDir: app.getPath('userData'),
    logDir,
    startupPath: workspaceArgument(process.argv, process.cwd()),
    log,
  });
  installAppMenu(app.isPackaged);
  openMainWindow();
}

function run(): void {
  // A second copy would open the same workspace files twice; it hands over to the first.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // Defense in depth: every renderer is sandboxed even if some window's options said otherwise.
  app.enableSandbox();
  // Privileged schemes must be declared before the app is ready.
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, log.child('contents'));
  });
  app.on('session-created', (created) => hardenSession(created, log.child('session')));
  app.on('window-all-closed', () => app.quit());
  process.on('unhandledRejection', (reason) => {
    log.error('unhandled rejection', { error: formatError(reason) });
  });
  app.on('will-quit', (event) => {
    const running = backend;
    if (!running) return;
    backend = null;
    event.preventDefault();
    void running.stop().finally(() => app.quit());
  });
  whenReady().catch((error: unknown) => {
    log.error('start-up failed', { error: formatError(error) });
    app.exit(1);
  });
}

run();
