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

/** How long main waits for the backend to say which workspace is open. */
const OPEN_WORKSPACE_ANSWER_MS = 250;

/**
 * The open workspace's path for main's own uses (revealing it, where dialogs start). The
 * backend answers calls one at a time, so during a long import asking it would wait for the
 * import; then the path main last saw is used instead, which is still right, because the
 * open workspace cannot change while another call is running.
 */
class OpenWorkspacePath {
  private lastSeen: string | null = null;

  constructor(private readonly ask: () => Promise<string | null>) {}

  seen(path: string | null): void {
    this.lastSeen = path;
  }

  async current(): Promise<string | null> {
    let timer: NodeJS.Timeout | undefined;
    const busy = new Promise<'busy'>((resolve) => {
      timer = setTimeout(() => resolve('busy'), OPEN_WORKSPACE_ANSWER_MS);
    });
    try {
      const answer = await Promise.race([this.ask(), busy]);
      if (answer === 'busy') return this.lastSeen;
      this.lastSeen = answer;
      return answer;
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Starts the backend process and answers every contract call from the page. */
export function startServices(options: ServicesOptions): BackendProcess {
  const { log } = options;
  const openPath = new OpenWorkspacePath(async () => {
    const result = await backend.call('workspace.current', {});
    if (!result.ok) return null;
    return (result.value as MethodOutput<'workspace.current'>)?.path ?? null;
  });
  const backend = new BackendProcess({
    log: log.child('backend-process'),
    spawn: () =>
      utilityProcess.fork(
        options.backendEntry,
        [`${LOG_FILE_SWITCH}${join(options.logDir, 'backend.log')}`],
        { serviceName: 'Californians First data', stdio: 'inherit' },
      ),
    onEvent: (event, payload) => {
      if (
        event === 'workspaceChanged' &&
        (payload as { reason?: string }).reason === 'closed'
      )
        openPath.seen(null);
      broadcast(event, payload);
    },
    onRestarted: () => {
      openPath.seen(null);
      broadcast('workspaceChanged', { reason: 'closed' });
    },
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
    currentWorkspacePath: () => openPath.current(),
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
    onOpened: (summary) => {
      openPath.seen(summary.path);
      recent.remember(summary);
    },
    log: log.child('ipc'),
  });
  log.info('contract registered', { methods: registry.names.length });
  return backend;
}
