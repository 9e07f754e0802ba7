import { fork } from 'node:child_process';
import { EventEmitter } from 'node:events';

/**
 * Just enough of Electron's main-process API for the built main bundle to start, with every
 * registration recorded on `globalThis.pcfFakeElectron` for the driver to inspect.
 */
const state = {
  userData: process.env.PCF_FAKE_USER_DATA,
  appEvents: new Map(),
  ipcHandlers: new Map(),
  protocolHandlers: new Map(),
  privileged: [],
  windows: [],
  quits: 0,
  dialogPaths: [],
  sessionHardened: false,
};
globalThis.pcfFakeElectron = state;

const emitApp = (event, ...args) => {
  for (const listener of state.appEvents.get(event) ?? []) listener(...args);
};
state.emitApp = emitApp;

export const app = {
  isPackaged: false,
  getPath: () => state.userData,
  setPath: (name, path) => {
    if (name === 'userData') state.userData = path;
  },
  requestSingleInstanceLock: () => true,
  enableSandbox: () => {
    state.sandboxedAll = true;
  },
  whenReady: () => Promise.resolve(),
  on(event, listener) {
    state.appEvents.set(event, [...(state.appEvents.get(event) ?? []), listener]);
    return app;
  },
  quit: () => {
    state.quits += 1;
  },
  exit: (code) => process.exit(code),
};

export const protocol = {
  registerSchemesAsPrivileged: (schemes) => state.privileged.push(...schemes),
  handle: (scheme, handler) => state.protocolHandlers.set(scheme, handler),
};

const hardenableSession = {
  setPermissionRequestHandler: () => (state.sessionHardened = true),
  setPermissionCheckHandler: () => undefined,
  setDevicePermissionHandler: () => undefined,
  on: () => undefined,
};
export const session = { defaultSession: hardenableSession };

class FakeWebContents extends EventEmitter {
  url = '';
  sent = [];
  openHandler = null;
  isDestroyed = () => false;
  getURL = () => this.url;
  send = (channel, payload) => this.sent.push({ channel, payload });
  setWindowOpenHandler = (handler) => {
    this.openHandler = handler;
  };
}

export class BrowserWindow extends EventEmitter {
  static getAllWindows = () => state.windows;
  static getFocusedWindow = () => null;

  constructor(options) {
    super();
    this.options = options;
    this.webContents = new FakeWebContents();
    state.windows.push(this);
    emitApp('web-contents-created', {}, this.webContents);
  }

  loadURL(url) {
    this.webContents.url = url;
    return Promise.resolve();
  }

  isMinimized = () => false;
  restore() {}
  show() {}
  focus() {}
}

export const Menu = {
  buildFromTemplate: (template) => template,
  setApplicationMenu: () => undefined,
};

export const ipcMain = {
  handle: (channel, listener) => state.ipcHandlers.set(channel, listener),
};

export const dialog = {
  showOpenDialog: () =>
    Promise.resolve({ canceled: false, filePaths: [state.dialogPaths.shift()] }),
  showSaveDialog: () =>
    Promise.resolve({ canceled: false, filePath: state.dialogPaths.shift() }),
};

export const shell = { showItemInFolder: () => undefined };

export const utilityProcess = {
  fork(entry, args) {
    const child = fork(entry, args, {
      execArgv: ['--import', new URL('./parentPortShim.mjs', import.meta.url).href],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return {
      postMessage: (message) => child.send(message),
      on(event, listener) {
        if (event === 'exit') child.on('exit', (code) => listener(code ?? 1));
        else child.on(event, listener);
        return this;
      },
      kill: () => child.kill(),
    };
  },
};
