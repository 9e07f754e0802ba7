import type { CallResult } from '../errors';
import type { EventName, EventPayload } from './events';
import type { MethodName } from './index';

/**
 * What the desktop preload puts on `window.pcf`: one function per contract method and a way
 * to listen to the contract's events. Nothing else of Electron reaches the page.
 */
export interface PcfBridge {
  methods: { [M in MethodName]: (input: unknown) => Promise<CallResult<unknown>> };
  on<E extends EventName>(
    event: E,
    listener: (payload: EventPayload<E>) => void,
  ): () => void;
}

export const BRIDGE_GLOBAL = 'pcf';
