import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { isAbsolute } from 'node:path';
import { PRODUCT_NAME } from '../../shared/version';

export interface WindowOptionsInput {
  /** Absolute path of the bundled preload (out/preload/index.cjs). */
  preloadPath: string;
  /** Packaged builds ship without developer tools. */
  isPackaged: boolean;
}

/**
 * The only place window options are written. Every window of the app is made from these, so
 * the hardening cannot drift between windows: the page runs sandboxed and isolated from the
 * preload, with no Node in the page, its workers or its frames.
 */
export function windowOptions(
  input: WindowOptionsInput,
): BrowserWindowConstructorOptions {
  if (!isAbsolute(input.preloadPath)) {
    throw new Error(`The preload path must be absolute: ${input.preloadPath}`);
  }
  return {
    title: PRODUCT_NAME,
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 640,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: input.preloadPath,
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
      devTools: !input.isPackaged,
    },
  };
}

/**
 * A hidden window that only renders one self-contained document, for printing to PDF. It
 * keeps every isolation setting of the app window and additionally gets no preload, so no
 * bridge, and no JavaScript at all.
 */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  const base = windowOptions({ preloadPath: '/', isPackaged: true });
  const { preload: _noBridge, ...isolation } = base.webPreferences ?? {};
  return {
    ...base,
    show: false,
    webPreferences: { ...isolation, javascript: false, devTools: false },
  };
}

/** Opens the app's window, made from the one options factory. */
export function createAppWindow(input: WindowOptionsInput): BrowserWindow {
  return new BrowserWindow(windowOptions(input));
}

/** Opens a hidden print window, made from the one options factory. */
export function createPrintWindow(): BrowserWindow {
  return new BrowserWindow(printWindowOptions());
}
