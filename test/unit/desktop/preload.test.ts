import { beforeAll, describe, expect, it, vi } from 'vitest';
import { EVENT_NAMES, METHOD_NAMES } from '../../../shared/contract';
import type { PcfBridge } from '../../../shared/contract/bridge';

const electron = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, ((event: unknown, payload: unknown) => void)[]>();
  return {
    exposed,
    listeners,
    contextBridge: {
      exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value),
    },
    ipcRenderer: {
      invoke: vi.fn((_channel: string, _input: unknown): Promise<unknown> =>
        Promise.resolve({ ok: true, value: 'answered' }),
      ),
      on: vi.fn(
        (channel: string, listener: (event: unknown, payload: unknown) => void) => {
          listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
        },
      ),
      removeListener: vi.fn(
        (channel: string, listener: (event: unknown, payload: unknown) => void) => {
          listeners.set(
            channel,
            (listeners.get(channel) ?? []).filter((known) => known !== listener),
          );
        },
      ),
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: electron.contextBridge,
  ipcRenderer: electron.ipcRenderer,
}));

let bridge: PcfBridge;

beforeAll(async () => {
  await import('../../../electron/preload/index');
  bridge = electron.exposed.get('pcf') as PcfBridge;
});

describe('the preload bridge', () => {
  it('exposes one global, pcf, holding only methods and on', () => {
    expect([...electron.exposed.keys()]).toEqual(['pcf']);
    expect(Object.keys(bridge).sort()).toEqual(['methods', 'on']);
  });

  it('has exactly one function per contract method', () => {
    expect(Object.keys(bridge.methods).sort()).toEqual([...METHOD_NAMES].sort());
    for (const name of METHOD_NAMES) expect(typeof bridge.methods[name]).toBe('function');
  });

  it('invokes each method on its own channel with the input as given', async () => {
    const result = await bridge.methods['workspace.current']({ any: 'thing' });

    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('workspace.current', {
      any: 'thing',
    });
    expect(result).toEqual({ ok: true, value: 'answered' });
  });

  it('answers E_UNAVAILABLE instead of rejecting when main cannot take the call', async () => {
    electron.ipcRenderer.invoke.mockRejectedValueOnce(new Error('No handler registered'));

    const result = await bridge.methods['host.info']({});

    expect(result).toMatchObject({ ok: false, error: { code: 'E_UNAVAILABLE' } });
  });

  it('hands listeners the payload only, never the IPC event', () => {
    const received: unknown[][] = [];
    bridge.on('progress', (...args: unknown[]) => received.push(args));
    const ipcEvent = { sender: { send: vi.fn() }, ports: [] };

    for (const listener of electron.listeners.get('pcf-event:progress') ?? []) {
      listener(ipcEvent, { jobId: 'job_12345', done: 1 });
    }

    expect(received).toEqual([[{ jobId: 'job_12345', done: 1 }]]);
  });

  it('stops calling a listener once it unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.on('workspaceChanged', listener);

    unsubscribe();
    for (const forward of electron.listeners.get('pcf-event:workspaceChanged') ?? []) {
      forward({}, { reason: 'opened' });
    }

    expect(listener).not.toHaveBeenCalled();
  });

  it('listens only to the contract\u2019s declared events', () => {
    expect(EVENT_NAMES.length).toBeGreaterThan(0);
    expect(() => bridge.on('ipc-internal' as never, vi.fn())).toThrow(/Unknown event/);
  });
});
