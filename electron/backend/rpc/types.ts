import type { WorkerLauncher } from '../workers';
import type {
  BackendMethodName,
  EventName,
  EventPayload,
  MethodOutput,
  ParsedInput,
} from '../../../shared/contract';
import type { Logger } from '../../common/logger';
import type { OpenWorkspace, WorkspaceSession } from '../workspace/session';

export interface HandlerContext {
  session: WorkspaceSession;
  /** The open workspace; fails with E_NO_WORKSPACE when none is open. */
  workspace: () => OpenWorkspace;
  /** Starts the backend's worker threads, for work that overlaps with the database's. */
  workers: WorkerLauncher;
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  /** Reports progress of a long call; sent at a sane rate, and only when a jobId was given. */
  progress: (phase: string, done: number, total: number | null) => void;
  /** Aborted when the caller cancels the job. Long work checks it between chunks. */
  signal: AbortSignal;
  log: Logger;
}

export type Handler<M extends BackendMethodName> = (
  input: ParsedInput<M>,
  context: HandlerContext,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

export type HandlerTable<Names extends BackendMethodName> = { [M in Names]: Handler<M> };

/** Types a domain's handlers against the contract without widening them. */
export function defineHandlers<Names extends BackendMethodName>(
  table: HandlerTable<Names>,
): HandlerTable<Names> {
  return table;
}
