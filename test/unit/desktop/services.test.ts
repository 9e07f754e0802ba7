import { EventEmitter } from 'node:events';
import { existsSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ToBackendMessage } from '../../../electron/backend/hostMessages';
import type { CallResult } from '../../../shared/errors';
import { silentLogger } from '../../../electron/common/logger';
import { makeTempDir } from '../../support/temp';

const DMV_OPEN: CallResult<unknown> = {
  ok: true,
  value: {
    mode: 'department',
    title: 'DMV',
    departmentCode: 'DMV',
    path: '/data/dmv.pcf',
    fileName: 'dmv.pcf',
    schemaVersion: 5,
  },
};

/** A backend child that answers every call from a table of canned results. */
class CannedBackend extends EventEmitter {
  readonly calls: { method: string; input: unknown }[] = [];
  answers = new Map<string, CallResult<unknown>>();
  /** Methods it leaves unanswered, like a backend busy with a long import. */
  busyWith = new Set<string>();

  postMessage(message: ToBackendMessage): void {
    if (message.type !== 'call') return;
    this.calls.push({ method: message.method, input: message.input });
    if (this.busyWith.has(message.method)) return;
    const result = this.answers.get(message.method) ?? { ok: true, value: null };
    queueMicrotask(() =>
      this.emit('message', { type: 'result', id: message.id, result }),
    );
  }

  kill(): boolean {
    return true;
  }
}

const electron = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, input?: unknown) => Promise<unknown>>(),
  windows: [] as {
    webContents: {
      isDestroyed(): boolean;
      getURL(): string;
      send: (...args: unknown[]) => void;
    };
  }[],
  children: [] as unknown[],
  showItemInFolder: (_path: string) => undefined,
}));

vi.mock('electron', () => ({
  BrowserWindow: {
    getAllWindows: () => electron.windows,
    getFocusedWindow: () => null,
  },
  dialog: {
    showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
    showSaveDialog: () => Promise.resolve({ canceled: true }),
  },
  ipcMain: {
    handle: (
      channel: string,
      listener: (event: unknown, input?: unknown) => Promise<unknown>,
    ) => electron.handlers.set(channel, listener),
  },
  shell: { showItemInFolder: (path: string) => electron.showItemInFolder(path) },
  utilityProcess: {
    fork: () => {
      const child = new CannedBackend();
      electron.children.push(child);
      return child;
    },
  },
}));

const { startServices } = await import('../../../electron/main/services');

let temp: ReturnType<typeof makeTempDir>;
const fromApp = { senderFrame: { url: 'app://pcf/index.html' } };

function fakeWindow(url: string) {
  return { webContents: { isDestroyed: () => false, getURL: () => url, send: vi.fn() } };
}

beforeEach(() => {
  temp = makeTempDir('pcf-services-');
  electron.handlers.clear();
  electron.children.length = 0;
  electron.windows.length = 0;
});
afterEach(() => temp.cleanup());

function start(startupPath: string | null = null) {
  startServices({
    backendEntry: '/opt/app/out/main/backend.js',
    userDataDir: temp.dir,
    logDir: temp.path('logs'),
    startupPath,
    log: silentLogger,
  });
  const backend = electron.children[0] as CannedBackend;
  const call = (method: string, input: unknown) => {
    const handler = electron.handlers.get(method);
    if (!handler) throw new Error(`no handler for ${method}`);
    return handler(fromApp, input) as Promise<CallResult<unknown>>;
  };
  return { backend, call };
}

describe('the desktop services', () => {
  it('start one backend and register the whole contract', () => {
    start();

    expect(electron.children).toHaveLength(1);
    expect(electron.handlers.has('workspace.open')).toBe(true);
    expect(electron.handlers.has('host.info')).toBe(true);
  });

  it('open the --workspace file through its id and put it in the recent list', async () => {
    const file = temp.path('dmv.pcf');
    writeFileSync(file, '');
    const { backend, call } = start(file);
    backend.answers.set('workspace.open', {
      ok: true,
      value: {
        mode: 'department',
        title: 'DMV',
        departmentCode: 'DMV',
        path: file,
        fileName: 'dmv.pcf',
        schemaVersion: 1,
      },
    });

    const info = (await call('host.info', {})) as CallResult<{
      startupFile: { file: string };
    }>;
    const opened = await call('workspace.open', {
      file: info.ok ? info.value.startupFile.file : '',
    });
    const recent = (await call('host.recentWorkspaces', {})) as CallResult<
      { displayPath: string }[]
    >;

    expect(opened.ok).toBe(true);
    expect(backend.calls.at(-1)).toEqual({ method: 'workspace.open', input: { file } });
    expect(recent).toMatchObject({ ok: true, value: [{ displayPath: file }] });
    expect(existsSync(temp.path('recent-workspaces.json'))).toBe(true);
  });

  it('send backend events to the app\u2019s windows only', () => {
    const { backend } = start();
    const own = fakeWindow('app://pcf/index.html');
    const foreign = fakeWindow('https://evil.example/');
    electron.windows.push(own, foreign);

    backend.emit('message', {
      type: 'event',
      event: 'workspaceChanged',
      payload: { reason: 'updated' },
    });

    expect(own.webContents.send).toHaveBeenCalledWith('pcf-event:workspaceChanged', {
      reason: 'updated',
    });
    expect(foreign.webContents.send).not.toHaveBeenCalled();
  });

  it('tell the windows the workspace closed when a crashed backend is restarted', () => {
    const { backend } = start();
    const own = fakeWindow('app://pcf/index.html');
    electron.windows.push(own);

    backend.emit('exit', 1);

    expect(electron.children).toHaveLength(2);
    expect(own.webContents.send).toHaveBeenCalledWith('pcf-event:workspaceChanged', {
      reason: 'closed',
    });
  });

  it('reveal the workspace the backend has open', async () => {
    const shown = vi.spyOn(electron, 'showItemInFolder');
    const { backend, call } = start();
    backend.answers.set('workspace.current', {
      ok: true,
      value: {
        mode: 'office',
        title: 'GCSO',
        departmentCode: null,
        path: '/data/office.pcf',
        fileName: 'office.pcf',
        schemaVersion: 1,
      },
    });

    const result = await call('host.revealWorkspace', {});

    expect(result).toEqual({
      ok: true,
      value: { revealed: true, path: '/data/office.pcf' },
    });
    expect(shown).toHaveBeenCalledWith('/data/office.pcf');
  });

  it('reveal the workspace last seen open while the backend is busy with a long call', async () => {
    const shown = vi.spyOn(electron, 'showItemInFolder');
    const { backend, call } = start();
    backend.answers.set('workspace.current', DMV_OPEN);
    await call('host.revealWorkspace', {});
    backend.busyWith.add('workspace.current');

    const result = await call('host.revealWorkspace', {});

    expect(result).toEqual({
      ok: true,
      value: { revealed: true, path: '/data/dmv.pcf' },
    });
    expect(shown).toHaveBeenLastCalledWith('/data/dmv.pcf');
  });

  it('reveal nothing once the backend said the workspace closed', async () => {
    const { backend, call } = start();
    backend.answers.set('workspace.current', DMV_OPEN);
    await call('host.revealWorkspace', {});
    backend.emit('message', {
      type: 'event',
      event: 'workspaceChanged',
      payload: { reason: 'closed' },
    });
    backend.busyWith.add('workspace.current');

    const result = await call('host.revealWorkspace', {});

    expect(result).toEqual({ ok: true, value: { revealed: false, path: '' } });
  });
});
