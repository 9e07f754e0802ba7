import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../electron/common/logger';
import {
  hardenSession,
  hardenWebContents,
  type HardenableContents,
  type HardenableSession,
  type NavigationAttempt,
} from '../../../electron/main/hardening';

type Listener = (attempt: NavigationAttempt) => void;

function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  const on = (event: string, listener: Listener) => {
    listeners.set(event, [...(listeners.get(event) ?? []), listener]);
  };
  const contents: HardenableContents = {
    on: on,
    setWindowOpenHandler(handler) {
      openHandler = handler;
    },
  };
  /** Fires an event at every listener; true when one of them prevented it. */
  const fire = (event: string, url = ''): boolean => {
    let prevented = false;
    for (const listener of listeners.get(event) ?? []) {
      listener({ url, preventDefault: () => (prevented = true) });
    }
    return prevented;
  };
  return { contents, fire, openWindow: (url: string) => openHandler?.({ url }) };
}

describe('web contents hardening', () => {
  const foreign = [
    'https://evil.example/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'app://evil/index.html',
    'app://pcf.evil.example/index.html',
    'javascript:alert(1)',
    'about:blank',
    'data:text/html,hi',
  ];

  for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
    it(`${event} is stopped for every URL outside the app`, () => {
      const { contents, fire } = fakeContents();
      hardenWebContents(contents, silentLogger);

      const prevented = foreign.map((url) => fire(event, url));

      expect(prevented).toEqual(foreign.map(() => true));
    });

    it(`${event} lets the app move between its own pages`, () => {
      const { contents, fire } = fakeContents();
      hardenWebContents(contents, silentLogger);

      expect(fire(event, 'app://pcf/index.html#/settings')).toBe(false);
    });
  }

  it('denies every new window, even one for the app itself', () => {
    const { contents, openWindow } = fakeContents();
    hardenWebContents(contents, silentLogger);

    expect(openWindow('https://evil.example/')).toEqual({ action: 'deny' });
    expect(openWindow('app://pcf/index.html')).toEqual({ action: 'deny' });
  });

  it('prevents any webview from attaching', () => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents, silentLogger);

    expect(fire('will-attach-webview')).toBe(true);
  });
});

describe('session hardening', () => {
  function fakeSession() {
    const handlers: {
      request?: (
        contents: unknown,
        permission: string,
        callback: (granted: boolean) => void,
      ) => void;
      check?: () => boolean;
      device?: () => boolean;
      download?: (event: { preventDefault(): void }) => void;
    } = {};
    const session: HardenableSession = {
      setPermissionRequestHandler: (handler) => (handlers.request = handler),
      setPermissionCheckHandler: (handler) => (handlers.check = handler),
      setDevicePermissionHandler: (handler) => (handlers.device = handler),
      on: (_event, listener) => (handlers.download = listener),
    };
    return { session, handlers };
  }

  it('answers every permission request no', () => {
    const { session, handlers } = fakeSession();
    hardenSession(session, silentLogger);
    const answers: boolean[] = [];

    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'clipboard-read',
    ]) {
      handlers.request?.({}, permission, (granted) => answers.push(granted));
    }

    expect(answers).toEqual([false, false, false, false, false]);
  });

  it('answers every permission and device check no', () => {
    const { session, handlers } = fakeSession();

    hardenSession(session, silentLogger);

    expect(handlers.check?.()).toBe(false);
    expect(handlers.device?.()).toBe(false);
  });

  it('stops downloads', () => {
    const { session, handlers } = fakeSession();
    hardenSession(session, silentLogger);
    let prevented = false;

    handlers.download?.({ preventDefault: () => (prevented = true) });

    expect(prevented).toBe(true);
  });
});
