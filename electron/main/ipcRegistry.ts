import {
  contract,
  isMethodName,
  METHOD_NAMES,
  type HostMethodName,
  type MethodName,
  type MethodOutput,
  type ParsedInput,
} from '../../shared/contract';
import { AppError, type CallResult } from '../../shared/errors';
import { describeIssues, parseInput } from '../backend/rpc/validation';
import { formatError, type Logger } from '../common/logger';
import { OPENING_METHODS } from '../common/recentWorkspaces';
import type { WorkspaceSummary } from '../../shared/domain/workspace';
import { isAppUrl } from './appOrigin';
import type { FileGrants } from './fileGrants';
import { resolveFileInputs } from './fileInputs';

/** The frame an IPC call came from; null once it navigated away or was destroyed. */
export interface SenderFrameLike {
  url: string;
  /** Set for a subframe; the app's page has none, so a call from one is refused. */
  parent?: unknown;
}

function isTrustedSender(frame: SenderFrameLike | null): boolean {
  return frame !== null && !frame.parent && isAppUrl(frame.url);
}

export interface InvokeEventLike {
  senderFrame: SenderFrameLike | null;
}

/** The one method of Electron's ipcMain the registry needs. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: InvokeEventLike, input?: unknown) => Promise<CallResult<unknown>>,
  ): void;
}

export type CallHandler = (input: unknown) => Promise<CallResult<unknown>>;

/** Relays a validated call, its file ids already turned into paths, to the backend. */
export type BackendRelay = (
  method: string,
  input: unknown,
) => Promise<CallResult<unknown>>;

export type HostHandlers = {
  [M in HostMethodName]: (input: ParsedInput<M>) => Promise<MethodOutput<M>>;
};

function failure(error: unknown, method: string, log: Logger): CallResult<never> {
  if (error instanceof AppError) return { ok: false, error: error.toPayload() };
  log.error(`${method} failed unexpectedly`, { error: formatError(error) });
  return {
    ok: false,
    error: {
      code: 'E_INTERNAL',
      message: 'Something went wrong; the details are in the log.',
    },
  };
}

const FORBIDDEN: CallResult<never> = {
  ok: false,
  error: {
    code: 'E_FORBIDDEN',
    message: 'This call did not come from the app\u2019s own page.',
  },
};

/**
 * One `ipcMain.handle` per contract method, and nothing else. Every call's sender frame is
 * checked before anything runs, and no handler can throw across IPC: each answer is a
 * CallResult envelope.
 */
export class IpcRegistry {
  private readonly registered = new Set<string>();

  constructor(
    private readonly ipcMain: IpcMainLike,
    private readonly log: Logger,
  ) {}

  register(name: string, handler: CallHandler): void {
    if (!isMethodName(name)) throw new Error(`Not a contract method: ${name}`);
    if (this.registered.has(name)) throw new Error(`Registered twice: ${name}`);
    this.registered.add(name);
    this.ipcMain.handle(name, async (event, input) => {
      const frame = event.senderFrame;
      if (!isTrustedSender(frame)) {
        this.log.warn(`${name} refused: untrusted sender`, {
          sender: frame ? frame.url.slice(0, 200) : 'no frame',
        });
        return FORBIDDEN;
      }
      try {
        return await handler(input);
      } catch (error) {
        return failure(error, name, this.log);
      }
    });
  }

  get names(): string[] {
    return [...this.registered];
  }
}

export interface ContractHandlerOptions {
  relay: BackendRelay;
  host: HostHandlers;
  grants: FileGrants;
  /** Told of every workspace a call opened or created, for the recent list. */
  onOpened: (summary: WorkspaceSummary) => void;
  log: Logger;
}

function hostHandler(
  method: HostMethodName,
  options: ContractHandlerOptions,
): CallHandler {
  const spec = contract[method];
  const run = options.host[method] as (input: unknown) => Promise<unknown>;
  return async (rawInput) => {
    const parsed = parseInput(spec.input, rawInput, method) as Record<string, unknown>;
    const { input, spend } = resolveFileInputs(method, parsed, options.grants);
    const output = spec.output.safeParse(await run(input));
    if (!output.success) {
      throw new Error(
        `${method} output outside its contract: ${describeIssues(output.error)}`,
      );
    }
    spend();
    return { ok: true, value: output.data };
  };
}

function backendHandler(
  method: MethodName,
  options: ContractHandlerOptions,
): CallHandler {
  const spec = contract[method];
  return async (rawInput) => {
    const parsed = parseInput(spec.input, rawInput, method) as Record<string, unknown>;
    const { input, spend } = resolveFileInputs(method, parsed, options.grants);
    const result = await options.relay(method, input);
    // A failed call leaves the grant, so the person can correct the form and try again.
    if (result.ok) spend();
    if (result.ok && OPENING_METHODS.has(method)) {
      try {
        options.onOpened(result.value as WorkspaceSummary);
      } catch (error) {
        options.log.warn('could not update the recent list', {
          error: formatError(error),
        });
      }
    }
    return result;
  };
}

/** Registers every contract method: host calls answered in main, the rest relayed. */
export function registerContract(
  registry: IpcRegistry,
  options: ContractHandlerOptions,
): void {
  for (const method of METHOD_NAMES) {
    const handler =
      contract[method].side === 'host'
        ? hostHandler(method as HostMethodName, options)
        : backendHandler(method, options);
    registry.register(method, handler);
  }
}
