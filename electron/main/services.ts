import {
  BrowserWindow,
  dialog,
  ipcMain,
  shell,
  utilityProcess,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import { join } from 'node:path';
import type { EventName, MethodOutput } from '../../shared/contract';
import { APP_VERSION } from '../../shared/version';
import { LOG_FILE_SWITCH } from '../backend/hostMessages';
import { eventChannel } from '../common/ipcChannels';
import type { Logger } from '../common/logger';
import { RecentWorkspaces } from '../common/recentWorkspaces';
import { isAppUrl } from './appOrigin';
import { BackendProcess } from './backendProcess';
import { FileGrants } from './fileGrants';
import { createCompactPdfExporter } from './compactPdf';
import { createSurveyFormPdfExporter } from './surveyFormPdf';
import { createHostHandlers, type Dialogs } from './hostHandlers';
import { IpcRegistry, registerContract } from './ipcRegistry';

export interface ServicesOptions {
  /** The bundled backend entry (out/main/backend.js). */
  backendEntry: string;
  userDataDir: string;
  logDir: string;
  startupPath: string | null;
  log: Logger;
}

/** Sends an event to every window showing the app's own page, and nowhere else. */
function broadcast(event: EventName, payload: unknown): void {
  for (const window of BrowserWindow.getAllWindows()) {
    const contents = window.webContents;
    if (!contents.isDestroyed() && isAppUrl(contents.getURL())) {
      contents.send(eventChannel(event), payload);
    }
  }
}

function parentWindow(): BrowserWindow | undefined {
  return BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
}

/** Dialogs attach to the app's window when there is one; `dialog` is read at call time. */
const nativeDialogs: Dialogs = {
  showOpen: (options: OpenDialogOptions) => {
    const parent = parentWindow();
    return parent
      ? dialog.showOpenDialog(parent, options)
      : dialog.showOpenDialog(options);
  },
  showSave: (options: SaveDialogOptions) => {
    const parent = parentWindow();
    return parent
      ? dialog.showSaveDialog(parent, options)
      : dialog.showSaveDialog(options);
  },
};

/** Starts the backend process and answers every contract call from the page. */
export function startServices(options: ServicesOptions): BackendProcess {
  const { log } = options;
  const backend = new BackendProcess({
    log: log.child('backend-process'),
    spawn: () =>
      utilityProcess.fork(
        options.backendEntry,
        [`${LOG_FILE_SWITCH}${join(options.logDir, 'backend.log')}`],
        { serviceName: 'Californians First data', stdio: 'inherit' },
      ),
    onEvent: broadcast,
    onRestarted: () => broadcast('workspaceChanged', { reason: 'closed' }),
  });
  backend.start();

  const grants = new FileGrants();
  const recent = new RecentWorkspaces(
    join(options.userDataDir, 'recent-workspaces.json'),
  );
  const host = createHostHandlers({
    appVersion: APP_VERSION,
    startupPath: options.startupPath,
    grants,
    recent,
    dialogs: nativeDialogs,
    showItemInFolder: (path) => shell.showItemInFolder(path),
    currentWorkspacePath: async () => {
      const result = await backend.call('workspace.current', {});
      if (!result.ok) return null;
      return (result.value as MethodOutput<'workspace.current'>)?.path ?? null;
    },
    exportCompactPdf: createCompactPdfExporter({
      relay: (method, input) => backend.call(method, input),
      log: log.child('compact-pdf'),
    }),
    exportSurveyFormPdf: createSurveyFormPdfExporter({
      relay: (method, input) => backend.call(method, input),
      log: log.child('survey-form-pdf'),
    }),
  });
  const registry = new IpcRegistry(ipcMain, log.child('ipc'));
  registerContract(registry, {
    relay: (method, input) => backend.call(method, input),
    host,
    grants,
    onOpened: (summary) => recent.remember(summary),
    log: log.child('ipc'),
  });
  log.info('contract registered', { methods: registry.names.length });
  return backend;
}
