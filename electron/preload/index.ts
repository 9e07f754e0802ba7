import { contextBridge, ipcRenderer } from 'electron';
import { EVENT_NAMES, METHOD_NAMES } from '../../shared/contract';
import { BRIDGE_GLOBAL, type PcfBridge } from '../../shared/contract/bridge';
import type { CallResult } from '../../shared/errors';
import { eventChannel } from '../common/ipcChannels';

const UNAVAILABLE: CallResult<never> = {
  ok: false,
  error: {
    code: 'E_UNAVAILABLE',
    message: 'The app could not take this call; restart it if this keeps happening.',
  },
};

/** One function per contract method, each bound to its own channel: there is no generic invoke. */
function contractMethods(): PcfBridge['methods'] {
  const methods: Record<string, (input: unknown) => Promise<CallResult<unknown>>> = {};
  for (const name of METHOD_NAMES) {
    methods[name] = (input) =>
      (ipcRenderer.invoke(name, input) as Promise<CallResult<unknown>>).catch(
        () => UNAVAILABLE,
      );
  }
  return Object.freeze(methods) as PcfBridge['methods'];
}

/**
 * Listens to one declared event. The callback gets the payload only: the IpcRendererEvent
 * would hand the page a way back to ipcRenderer itself.
 */
const on: PcfBridge['on'] = (event, listener) => {
  if (!(EVENT_NAMES as readonly string[]).includes(event)) {
    throw new Error(`Unknown event: ${String(event)}`);
  }
  const channel = eventChannel(event);
  const forward = (_event: unknown, payload: unknown) => {
    listener(payload as Parameters<typeof listener>[0]);
  };
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
};

const bridge: PcfBridge = { methods: contractMethods(), on };

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
