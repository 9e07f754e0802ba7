import type {
  EventName,
  EventPayload,
  MethodInput,
  MethodName,
  MethodOutput,
} from '../../shared/contract';
import type { ErrorCode } from '../../shared/errors';
import type { Transport } from './transport';

/** A refused or failed call, carrying the backend's stable code and its message. */
export class CallError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'CallError';
    this.code = code;
    this.details = details;
  }
}

export interface Client {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  on<E extends EventName>(
    event: E,
    listener: (payload: EventPayload<E>) => void,
  ): () => void;
}

/** The renderer's typed client, derived from the contract. */
export function createClient(transport: Transport): Client {
  return {
    async call(method, input) {
      const result = await transport.call(method, input);
      if (!result.ok)
        throw new CallError(
          result.error.code,
          result.error.message,
          result.error.details,
        );
      return result.value as never;
    },
    on(event, listener) {
      return transport.on(event, listener as (payload: unknown) => void);
    },
  };
}
