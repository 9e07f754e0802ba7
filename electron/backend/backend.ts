import type { BackendMethodName } from '../../shared/contract';
import { APP_VERSION } from '../../shared/version';
import type { Logger } from '../common/logger';
import { loadShippedMigrations, sourceMigrationsFolder } from './db/migrations';
import { createDispatcher, type Dispatcher } from './rpc/dispatcher';
import type { HandlerTable } from './rpc/types';
import { compactHandlers } from './actionPlan/compact/handlers';
import {
  actionPlanImportHandlers,
  customerHandlers,
  standardHandlers,
} from './actionPlan/handlers';
import { surveyHandlers } from './surveys/handlers';
import { workspaceHandlers } from './workspace/handlers';
import { WorkspaceSession } from './workspace/session';
import { workerLauncher } from './workers';

export interface BackendOptions {
  log: Logger;
  /** Where the SQL migrations are; defaults to the folder beside the source. */
  migrationsFolder?: string;
  /** Where the built app keeps the worker threads' bundles; unset, they run from source. */
  workerBundleFolder?: string;
  appVersion?: string;
}

export interface Backend extends Dispatcher {
  session: WorkspaceSession;
  /** Closes the open workspace, checkpointing its log. */
  shutdown(): void;
}

const notHandledHere = () => {
  throw new Error('answered by the dispatcher itself');
};

/** Builds the backend every host runs: the desktop's utility process, the CLI and the harness. */
export function createBackend(options: BackendOptions): Backend {
  const shipped = loadShippedMigrations(
    options.migrationsFolder ?? sourceMigrationsFolder(),
  );
  const session = new WorkspaceSession(
    shipped,
    options.appVersion ?? APP_VERSION,
    options.log.child('workspace'),
  );
  const handlers: HandlerTable<BackendMethodName> = {
    ...workspaceHandlers,
    ...customerHandlers,
    ...standardHandlers,
    ...actionPlanImportHandlers,
    ...compactHandlers,
    ...surveyHandlers,
    'jobs.cancel': notHandledHere,
  };
  const workers = workerLauncher(options.workerBundleFolder);
  const dispatcher = createDispatcher({
    handlers,
    session,
    workers,
    log: options.log.child('rpc'),
  });
  return {
    ...dispatcher,
    session,
    shutdown: () => {
      session.close();
    },
  };
}
