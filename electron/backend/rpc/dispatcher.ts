import {
  contract,
  isMethodName,
  type BackendMethodName,
  type EventName,
  type EventPayload,
} from '../../../shared/contract';
import { AppError, type CallResult } from '../../../shared/errors';
import { formatError, type Logger } from '../../common/logger';
import type { WorkerLauncher } from '../workers';
import type { WorkspaceSession } from '../workspace/session';
import { Mutex } from './mutex';
import type { Handler, HandlerContext, HandlerTable } from './types';
import { describeIssues, parseInput } from './validation';

const PROGRESS_INTERVAL_MS = 150;

export type EventListener = <E extends EventName>(
  event: E,
  payload: EventPayload<E>,
) => void;

export interface DispatcherOptions {
  handlers: HandlerTable<BackendMethodName>;
  session: WorkspaceSession;
  workers: WorkerLauncher;
  log: Logger;
}

export interface Dispatcher {
  /** Validates and runs one call; never throws, always answers with an envelope. */
  call(method: string, input: unknown): Promise<CallResult<unknown>>;
  onEvent(listener: EventListener): () => void;
}

function toErrorResult(error: unknown, method: string, log: Logger): CallResult<never> {
  if (error instanceof AppError) {
    log.info(`${method} refused`, { code: error.code, reason: error.message });
    return { ok: false, error: error.toPayload() };
  }
  log.error(`${method} failed unexpectedly`, { error: formatError(error) });
  return {
    ok: false,
    error: {
      code: 'E_INTERNAL',
      message: 'Something went wrong; the details are in the log.',
    },
  };
}

/**
 * The backend's single door. It refuses unknown names and host-side calls, validates input
 * against the contract, serialises calls so long transactions never interleave, and checks
 * output so a handler cannot send the page something the contract does not promise.
 */
export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const { handlers, session, workers, log } = options;
  const listeners = new Set<EventListener>();
  const running = new Map<string, AbortController>();
  const queue = new Mutex();

  const emit: EventListener = (event, payload) => {
    for (const listener of listeners) listener(event, payload);
  };

  function makeContext(method: string, jobId: string | undefined): HandlerContext {
    const controller = new AbortController();
    if (jobId) running.set(jobId, controller);
    let lastSent = 0;
    return {
      session,
      workspace: () => session.require(),
      workers,
      emit,
      signal: controller.signal,
      log: log.child(method),
      progress: (phase, done, total) => {
        if (!jobId) return;
        const now = Date.now();
        const finished = total !== null && done >= total;
        if (!finished && now - lastSent < PROGRESS_INTERVAL_MS) return;
        lastSent = now;
        emit('progress', { jobId, method, phase, done, total });
      },
    };
  }

  async function run(method: BackendMethodName, rawInput: unknown): Promise<unknown> {
    const spec = contract[method];
    const input = parseInput(spec.input, rawInput, method);
    const jobId =
      spec.progress && typeof (input as { jobId?: unknown }).jobId === 'string'
        ? (input as { jobId: string }).jobId
        : undefined;
    const context = makeContext(method, jobId);
    try {
      const handler = handlers[method] as Handler<BackendMethodName>;
      const output = await handler(input, context);
      const checked = spec.output.safeParse(output);
      if (!checked.success) {
        throw new Error(
          `${method} returned output outside its contract: ${describeIssues(checked.error)}`,
        );
      }
      return checked.data;
    } finally {
      if (jobId) running.delete(jobId);
    }
  }

  return {
    async call(method, rawInput) {
      if (!isMethodName(method)) {
        return {
          ok: false,
          error: {
            code: 'E_UNKNOWN_METHOD',
            message: `There is no call named ${String(method).slice(0, 80)}.`,
          },
        };
      }
      if (contract[method].side === 'host') {
        return {
          ok: false,
          error: {
            code: 'E_UNKNOWN_METHOD',
            message: `${method} is answered by the host, not the backend.`,
          },
        };
      }
      const backendMethod = method as BackendMethodName;
      // Cancelling must never wait behind the very job it cancels.
      if (backendMethod === 'jobs.cancel') {
        try {
          const { jobId } = parseInput(contract['jobs.cancel'].input, rawInput, method);
          const controller = running.get(jobId);
          controller?.abort();
          return { ok: true, value: { cancelled: Boolean(controller) } };
        } catch (error) {
          return toErrorResult(error, method, log);
        }
      }
      return queue.run(async () => {
        try {
          return { ok: true as const, value: await run(backendMethod, rawInput) };
        } catch (error) {
          return toErrorResult(error, method, log);
        }
      });
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
