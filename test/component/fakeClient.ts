import type {
  EventName,
  EventPayload,
  MethodInput,
  MethodName,
  MethodOutput,
} from '../../shared/contract';
import type { ErrorCode } from '../../shared/errors';
import { CallError, type Client } from '../../renderer/client/client';

type Answer<M extends MethodName> = (
  input: MethodInput<M>,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

export type FakeAnswers = { [M in MethodName]?: Answer<M> };

export interface FakeClient extends Client {
  /** Every call made, in order, with its input. */
  calls: { method: MethodName; input: unknown }[];
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

export const refuse = (code: ErrorCode, message: string, details?: unknown) => () => {
  throw new CallError(code, message, details);
};

/** A client answering from a table; a call it has no answer for fails like an unknown one. */
export function fakeClient(answers: FakeAnswers): FakeClient {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const calls: FakeClient['calls'] = [];
  return {
    calls,
    async call(method, input) {
      calls.push({ method, input });
      const answer = answers[method];
      if (!answer)
        throw new CallError('E_UNKNOWN_METHOD', `no fake answer for ${method}`);
      return answer(input);
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: unknown) => void);
    },
    emit(event, payload) {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
  };
}

/** What the browser harness answers before any workspace is open. */
export const BROWSER_HOST: FakeAnswers = {
  'host.info': () => ({
    kind: 'browser',
    appVersion: '0.1.0',
    startupFile: null,
    pathEntry: true,
  }),
  'host.recentWorkspaces': () => [],
  'workspace.current': () => null,
};
