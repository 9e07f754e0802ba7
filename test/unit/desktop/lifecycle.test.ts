import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTempDir } from '../../support/temp';

const electron = vi.hoisted(() => {
  const state = {
    userData: '',
    singleInstance: true,
    ready: null as (() => void) | null,
    appEvents: new Map<string, (...args: unknown[]) => void>(),
    privileged: [] as unknown[],
    handledSchemes: [] as string[],
    quit: 0,
    windows: [] as {
      options: unknown;
      url: string;
      minimized: boolean;
      restored: number;
      focused: number;
      events: Map<string, () => void>;
    }[],
    hardenedSessions: 0,
    sandboxedAll: false,
    children: [] as { sent: unknown[]; emitter: EventEmitter }[],
  };
  return state;
});

vi.mock('electron', () => {
  const session = {
    setPermissionRequestHandler: () => (electron.hardenedSessions += 1),
    setPermissionCheckHandler: () => undefined,
    setDevicePermissionHandler: () => undefined,
    on: () => undefined,
  };
  class BrowserWindow {
    static getAllWindows = () => [];
    static getFocusedWindow = () => null;
    private readonly record;
    constructor(options: unknown) {
      this.record = {
        options,
        url: '',
        minimized: true,
        restored: 0,
        focused: 0,
        events: new Map<string, () => void>(),
      };
      electron.windows.push(this.record);
    }
    webContents = { on: () => undefined };
    once(event: string, listener: () => void) {
      this.record.events.set(event, listener);
    }
    on(event: string, listener: () => void) {
      this.record.events.set(event, listener);
    }
    loadURL(url: string) {
      this.record.url = url;
      return Promise.resolve();
    }
    isMinimized() {
      return this.record.minimized;
    }
    restore() {
      this.record.restored += 1;
    }
    show() {}
    focus() {
      this.record.focused += 1;
    }
  }
  return {
    app: {
      getPath: () => electron.userData,
      setPath: (name: string, path: string) => {
        if (name === 'userData') electron.userData = path;
      },
      isPackaged: false,
      requestSingleInstanceLock: () => electron.singleInstance,
      enableSandbox: () => (electron.sandboxedAll = true),
      quit: () => (electron.quit += 1),
      exit: () => undefined,
      on: (event: string, listener: (...args: unknown[]) => void) =>
        electron.appEvents.set(event, listener),
      whenReady: () => new Promise<void>((resolve) => (electron.ready = resolve)),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) =>
        electron.privileged.push(...schemes),
      handle: (scheme: string) => electron.handledSchemes.push(scheme),
    },
    session: { defaultSession: session },
    BrowserWindow,
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: () => undefined,
    },
    ipcMain: { handle: () => undefined },
    dialog: {},
    shell: {},
    utilityProcess: {
      fork: () => {
        const emitter = new EventEmitter();
        const child = {
          sent: [] as unknown[],
          emitter,
          postMessage: (message: unknown) => child.sent.push(message),
          on: (event: string, listener: (...args: unknown[]) => void) =>
            emitter.on(event, listener),
          kill: () => true,
        };
        electron.children.push(child);
        return child;
      },
    },
  };
});

let temp: ReturnType<typeof makeTempDir>;
const logLevelBefore = process.env.PCF_LOG_LEVEL;
const rejectionListenersBefore = process.listeners('unhandledRejection');

beforeEach(() => {
  process.env.PCF_LOG_LEVEL = 'error';
  temp = makeTempDir('pcf-lifecycle-');
  vi.resetModules();
  Object.assign(electron, {
    userData: temp.dir,
    singleInstance: true,
    ready: null,
    privileged: [],
    handledSchemes: [],
    quit: 0,
    windows: [],
    hardenedSessions: 0,
    sandboxedAll: false,
    children: [],
  });
  electron.appEvents.clear();
});
afterEach(() => {
  for (const listener of process.listeners('unhandledRejection')) {
    if (!rejectionListenersBefore.includes(listener)) {
      process.off('unhandledRejection', listener);
    }
  }
  if (logLevelBefore === undefined) delete process.env.PCF_LOG_LEVEL;
  else process.env.PCF_LOG_LEVEL = logLevelBefore;
  temp.cleanup();
});

async function launch(): Promise<void> {
  await import('../../../electron/main/index');
  electron.ready?.();
  await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
}

describe('the app lifecycle', () => {
  it('declares the app scheme privileged before the app is ready', async () => {
    await import('../../../electron/main/index');

    expect(electron.sandboxedAll).toBe(true);
    expect(electron.privileged).toMatchObject([
      { scheme: 'app', privileges: { standard: true, secure: true } },
    ]);
    expect(electron.windows).toHaveLength(0);
  });

  it('hardens the session, serves the app scheme and loads the page from it once ready', async () => {
    await launch();
    const [window] = electron.windows;
    const preload = (window?.options as { webPreferences: { preload: string } })
      .webPreferences.preload;

    expect(electron.hardenedSessions).toBe(1);
    expect(electron.handledSchemes).toEqual(['app']);
    expect(window?.url).toBe('app://pcf/index.html');
    expect(isAbsolute(preload)).toBe(true);
    expect(preload).toMatch(/preload[\\/]index\.cjs$/);
    expect(electron.children).toHaveLength(1);
  });

  it('hands a second launch over to the first window', async () => {
    await launch();

    electron.appEvents.get('second-instance')?.();

    expect(electron.windows[0]?.restored).toBe(1);
    expect(electron.windows[0]?.focused).toBe(1);
  });

  it('quits at once when another instance holds the lock', async () => {
    electron.singleInstance = false;

    await import('../../../electron/main/index');

    expect(electron.quit).toBe(1);
    expect(electron.appEvents.size).toBe(0);
    expect(electron.privileged).toEqual([]);
  });

  it('stops the backend cleanly before quitting', async () => {
    await launch();
    const preventDefault = vi.fn();

    electron.appEvents.get('will-quit')?.({ preventDefault });
    electron.children[0]?.emitter.emit('exit', 0);

    expect(preventDefault).toHaveBeenCalledOnce();
    expect(electron.children[0]?.sent.at(-1)).toEqual({ type: 'shutdown' });
    await vi.waitFor(() => expect(electron.quit).toBe(1));
  });

  it('hardens every web contents that is created', async () => {
    await launch();
    const setWindowOpenHandler = vi.fn();

    electron.appEvents.get('web-contents-created')?.(
      {},
      { on: vi.fn(), setWindowOpenHandler },
    );

    expect(setWindowOpenHandler).toHaveBeenCalledOnce();
  });

  it('keeps its user data where PCF_USER_DATA says, for isolated runs', async () => {
    const isolated = temp.path('isolated');
    process.env.PCF_USER_DATA = isolated;

    try {
      await launch();
    } finally {
      delete process.env.PCF_USER_DATA;
    }

    expect(electron.userData).toBe(isolated);
    expect(existsSync(join(isolated, 'logs'))).toBe(true);
  });
});
