import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type E2EHost = 'browser' | 'electron';

/** Which host the specs drive: the browser harness by default, the desktop app on request. */
export const E2E_HOST: E2EHost =
  process.env.PCF_E2E_HOST === 'electron' ? 'electron' : 'browser';

const ELECTRON_PACKAGE = resolve(import.meta.dirname, '../../../node_modules/electron');

/**
 * The Electron binary, or null when it was never fetched. Requiring the electron package
 * would try to download it, which fails offline, so its path file is read directly.
 */
export function electronBinary(): string | null {
  const pathFile = join(ELECTRON_PACKAGE, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(ELECTRON_PACKAGE, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** Why the specs cannot run on this machine, or null when they can. */
export function skipReason(): string | null {
  if (E2E_HOST === 'electron' && electronBinary() === null) {
    return (
      'end-to-end specs skipped: no Electron binary in node_modules/electron (it ' +
      'could not be downloaded)'
    );
  }
  return null;
}

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags that keep Debian's Chromium quiet on a closed network and in a container. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
