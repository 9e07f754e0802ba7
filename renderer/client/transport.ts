import { BRIDGE_GLOBAL, type PcfBridge } from '../../shared/contract/bridge';
import { EVENT_NAMES, type EventName, type MethodName } from '../../shared/contract';
import type { CallResult } from '../../shared/errors';

export interface Transport {
  call(method: MethodName, input: unknown): Promise<CallResult<unknown>>;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
}

function bridge(): PcfBridge | undefined {
  return (globalThis as unknown as Record<string, PcfBridge | undefined>)[BRIDGE_GLOBAL];
}

/** The desktop app: calls go through the preload's one function per method. */
function bridgeTransport(pcf: PcfBridge): Transport {
  return {
    call: (method, input) => pcf.methods[method](input),
    on: (event, listener) => pcf.on(event, listener),
  };
}

/**
 * The browser harness: calls are POSTed to the loopback host with this run's token, and
 * events arrive over one server-sent event stream.
 */
function httpTransport(token: string): Transport {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let source: EventSource | null = null;

  const ensureStream = () => {
    if (source) return;
    source = new EventSource(`/events?token=${encodeURIComponent(token)}`);
    for (const name of EVENT_NAMES) {
      source.addEventListener(name, (message) => {
        const payload: unknown = JSON.parse((message as MessageEvent<string>).data);
        for (const listener of listeners.get(name) ?? []) listener(payload);
      });
    }
  };

  return {
    async call(method, input) {
      const response = await fetch(`/rpc/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-pcf-token': token },
        body: JSON.stringify(input ?? {}),
      });
      if (!response.ok) {
        return {
          ok: false,
          error: {
            code: 'E_FORBIDDEN',
            message: `The harness refused the call (${response.status}).`,
          },
        };
      }
      return (await response.json()) as CallResult<unknown>;
    },
    on(event, listener) {
      ensureStream();
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  };
}

/** Chooses the transport for the host the page was loaded in. */
export function detectTransport(): Transport {
  const pcf = bridge();
  if (pcf) return bridgeTransport(pcf);
  const token = new URL(globalThis.location.href).searchParams.get('token');
  if (token) {
    // Keep the token out of the address bar and history once it has been read.
    sessionStorage.setItem('pcf-token', token);
    const clean = new URL(globalThis.location.href);
    clean.searchParams.delete('token');
    history.replaceState(null, '', clean.toString());
  }
  const saved = token ?? sessionStorage.getItem('pcf-token');
  if (!saved)
    throw new Error('This page must be opened from the desktop app or the harness URL.');
  return httpTransport(saved);
}
