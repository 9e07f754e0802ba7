import type { Logger } from '../common/logger';
import { isAppUrl } from './appOrigin';

/** A navigation about to happen; calling preventDefault stops it. */
export interface NavigationAttempt {
  url: string;
  preventDefault(): void;
}

/** The parts of Electron's WebContents the hardening touches, so tests can pass fakes. */
export interface HardenableContents {
  on(
    event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect',
    listener: (attempt: NavigationAttempt) => void,
  ): unknown;
  on(
    event: 'will-attach-webview',
    listener: (attempt: { preventDefault(): void }) => void,
  ): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** The parts of Electron's Session the hardening touches. */
export interface HardenableSession {
  setPermissionRequestHandler(
    handler: (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void,
  ): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
  on(
    event: 'will-download',
    listener: (event: { preventDefault(): void }) => void,
  ): unknown;
}

/** Only the app's own pages may be shown, in the main frame or any other. */
function denyForeignNavigation(
  contents: HardenableContents,
  log: Logger,
  eventName: 'will-navigate' | 'will-frame-navigate' | 'will-redirect',
): void {
  contents.on(eventName, (attempt) => {
    if (isAppUrl(attempt.url)) return;
    attempt.preventDefault();
    log.warn(`${eventName} refused`, { url: attempt.url.slice(0, 200) });
  });
}

/**
 * Applied to every web contents the app creates. Both navigation events are watched because
 * `will-navigate` covers only the main frame and has missed cases before.
 */
export function hardenWebContents(contents: HardenableContents, log: Logger): void {
  denyForeignNavigation(contents, log, 'will-navigate');
  denyForeignNavigation(contents, log, 'will-frame-navigate');
  denyForeignNavigation(contents, log, 'will-redirect');
  contents.setWindowOpenHandler((details) => {
    log.warn('window.open refused', { url: details.url.slice(0, 200) });
    return { action: 'deny' };
  });
  // Defense in depth: webviewTag is off in every window, and none may attach one anyway.
  contents.on('will-attach-webview', (attempt) => {
    attempt.preventDefault();
    log.warn('webview refused');
  });
}

/**
 * Electron grants every permission unless told otherwise. The app needs none (no camera,
 * notifications, devices or downloads), so every request and check is answered no.
 */
export function hardenSession(session: HardenableSession, log: Logger): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn('permission request refused', { permission });
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event) => {
    event.preventDefault();
    log.warn('download refused');
  });
}
