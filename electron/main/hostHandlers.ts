import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { basename, dirname, join } from 'node:path';
import type { MethodOutput, ParsedInput } from '../../shared/contract';
import type { FilePurpose } from '../../shared/contract/define';
import type { PickedFile } from '../../shared/contract/host';
import { AppError } from '../../shared/errors';
import type { RecentWorkspaces } from '../common/recentWorkspaces';
import type { FileGrants } from './fileGrants';
import type { HostHandlers } from './ipcRegistry';

/** The native dialogs, looked up at call time so tests can stub Electron's dialog module. */
export interface Dialogs {
  showOpen: (
    options: OpenDialogOptions,
  ) => Promise<{ canceled: boolean; filePaths: string[] }>;
  showSave: (
    options: SaveDialogOptions,
  ) => Promise<{ canceled: boolean; filePath?: string }>;
}

export interface HostDependencies {
  appVersion: string;
  /** The file given with --workspace when the app started, if any. */
  startupPath: string | null;
  grants: FileGrants;
  recent: RecentWorkspaces;
  dialogs: Dialogs;
  showItemInFolder: (path: string) => void;
  /** The open workspace's path, asked of the backend. */
  currentWorkspacePath: () => Promise<string | null>;
  /** Prints the compact with customers to a PDF; without it the call is unavailable. */
  exportCompactPdf?: (
    input: ParsedInput<'host.exportCompactPdf'>,
  ) => Promise<MethodOutput<'host.exportCompactPdf'>>;
  /** Prints a survey's paper form to a PDF; without it the call is unavailable. */
  exportSurveyFormPdf?: (
    input: ParsedInput<'host.exportSurveyFormPdf'>,
  ) => Promise<MethodOutput<'host.exportSurveyFormPdf'>>;
}

function picked(
  grants: FileGrants,
  path: string,
  source: 'recent' | 'startup',
): PickedFile {
  return { file: grants.grant(path, source), displayPath: path };
}

function chosen(
  grants: FileGrants,
  path: string,
  dialog: 'open-dialog' | 'save-dialog',
  purpose: FilePurpose,
): PickedFile {
  return { file: grants.grant(path, dialog, purpose), displayPath: path };
}

const WORKSPACE_LOOKUP_MS = 250;

/** The open workspace's path, or null when the backend is busy with a long call. */
async function openWorkspaceQuickly(deps: HostDependencies): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const busy = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), WORKSPACE_LOOKUP_MS);
  });
  try {
    return await Promise.race([deps.currentWorkspacePath().catch(() => null), busy]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Where a dialog starts: the open workspace's folder, where its backups and exports usually
 * go. Only the base name of a suggested file is used, so the page cannot steer the dialog.
 * The backend answers calls one at a time, so during a long import the dialog opens without
 * waiting for it.
 */
async function dialogDefaultPath(
  deps: HostDependencies,
  suggestedName: string | undefined,
): Promise<string | undefined> {
  const open = await openWorkspaceQuickly(deps);
  const name = suggestedName ? basename(suggestedName) : undefined;
  if (!open) return name;
  return name ? join(dirname(open), name) : dirname(open);
}

async function pickFile(
  deps: HostDependencies,
  input: ParsedInput<'host.pickFile'>,
): Promise<MethodOutput<'host.pickFile'>> {
  const filters = input.filters?.map((filter) => ({
    name: filter.name,
    extensions: filter.extensions,
  }));
  const defaultPath = await dialogDefaultPath(
    deps,
    input.mode === 'save' ? input.suggestedName : undefined,
  );
  if (input.mode === 'open') {
    const result = await deps.dialogs.showOpen({
      title: input.title,
      properties: ['openFile'],
      ...(defaultPath ? { defaultPath } : {}),
      ...(filters ? { filters } : {}),
    });
    const path = result.filePaths[0];
    return result.canceled || !path
      ? null
      : chosen(deps.grants, path, 'open-dialog', input.purpose);
  }
  const result = await deps.dialogs.showSave({
    title: input.title,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
    ...(defaultPath ? { defaultPath } : {}),
    ...(filters ? { filters } : {}),
  });
  return result.canceled || !result.filePath
    ? null
    : chosen(deps.grants, result.filePath, 'save-dialog', input.purpose);
}

/** The calls main answers itself: who the host is, dialogs, the recent list, the file manager. */
export function createHostHandlers(deps: HostDependencies): HostHandlers {
  const startupFile = deps.startupPath
    ? picked(deps.grants, deps.startupPath, 'startup')
    : null;
  return {
    'host.info': () =>
      Promise.resolve({
        kind: 'desktop',
        appVersion: deps.appVersion,
        startupFile,
        pathEntry: false,
      }),
    'host.pickFile': (input) => pickFile(deps, input),
    'host.recentWorkspaces': () =>
      Promise.resolve(
        deps.recent.list().map((item) => ({
          ...picked(deps.grants, item.path, 'recent'),
          title: item.title,
          mode: item.mode,
          lastOpenedAt: item.lastOpenedAt,
          found: item.found,
        })),
      ),
    // The registry has already turned the page's id into the path it was granted for.
    'host.forgetRecent': (input) =>
      Promise.resolve({ forgotten: deps.recent.forget(input.file) }),
    'host.exportCompactPdf': (input) => {
      if (!deps.exportCompactPdf) {
        throw new AppError('E_UNAVAILABLE', 'PDF export is not available here.');
      }
      return deps.exportCompactPdf(input);
    },
    'host.exportSurveyFormPdf': (input) => {
      if (!deps.exportSurveyFormPdf) {
        throw new AppError('E_UNAVAILABLE', 'PDF export is not available here.');
      }
      return deps.exportSurveyFormPdf(input);
    },
    'host.revealWorkspace': async () => {
      const path = await deps.currentWorkspacePath();
      if (!path) return { revealed: false, path: '' };
      deps.showItemInFolder(path);
      return { revealed: true, path };
    },
  };
}
