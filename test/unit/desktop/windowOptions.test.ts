import { describe, expect, it, vi } from 'vitest';

const constructed: unknown[] = [];
vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(options: unknown) {
      constructed.push(options);
    }
  },
}));

const { createAppWindow, createPrintWindow, printWindowOptions, windowOptions } =
  await import('../../../electron/main/windowOptions');

const PRELOAD = '/opt/app/out/preload/index.cjs';

describe('the window options factory', () => {
  it('turns on every isolation setting and nothing that loosens them', () => {
    const options = windowOptions({ preloadPath: PRELOAD, isPackaged: true });

    expect(options.webPreferences).toEqual({
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: false,
    });
  });

  it('offers developer tools only when the app is not packaged', () => {
    const development = windowOptions({ preloadPath: PRELOAD, isPackaged: false });

    expect(development.webPreferences?.devTools).toBe(true);
  });

  it('refuses a relative preload path', () => {
    expect(() =>
      windowOptions({ preloadPath: 'out/preload/index.cjs', isPackaged: true }),
    ).toThrow(/absolute/);
  });

  it('builds windows from exactly these options', () => {
    constructed.length = 0;

    createAppWindow({ preloadPath: PRELOAD, isPackaged: true });

    expect(constructed).toEqual([
      windowOptions({ preloadPath: PRELOAD, isPackaged: true }),
    ]);
  });

  it('makes print windows hidden, without a bridge or scripts, and otherwise as isolated', () => {
    const app = windowOptions({ preloadPath: PRELOAD, isPackaged: true });
    const { preload: _preload, ...isolation } = app.webPreferences ?? {};

    const print = printWindowOptions();

    expect(print.show).toBe(false);
    expect(print.webPreferences).toEqual({
      ...isolation,
      javascript: false,
      devTools: false,
    });
  });

  it('builds print windows from exactly those options', () => {
    constructed.length = 0;

    createPrintWindow();

    expect(constructed).toEqual([printWindowOptions()]);
  });
});
