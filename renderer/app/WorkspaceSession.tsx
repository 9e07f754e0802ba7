import { useQueryClient, type Query, type QueryClient } from '@tanstack/react-query';
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { assertNever } from '../../shared/assert';
import type { PickedFile } from '../../shared/contract/host';
import type { WorkspaceSummary } from '../../shared/domain/workspace';
import type { CallError } from '../client/client';
import { useClient } from '../client/context';
import { queryKey, useBackendEvent, useBackendQuery } from '../client/hooks';
import { HOME_AREA_ID } from './areas';
import { navigate } from './router';
import { asCallError, useStartupOpen, type OpenState } from './useStartupOpen';

/** Why the last attempt to open a file failed, with the backend's own words. */
export interface OpenFailure {
  file: PickedFile;
  error: CallError;
}

export interface WorkspaceSessionValue {
  /** The open workspace, or null on the first-run screen. */
  workspace: WorkspaceSummary | null;
  /** True until the host and the backend have said what is open. */
  starting: boolean;
  failure: OpenFailure | null;
  /** A file the first-run screen should offer to create (a missing startup file). */
  fileToCreate: PickedFile | null;
  /** Opens a file; a refusal shows the failure screen rather than throwing. */
  open: (file: PickedFile) => Promise<void>;
  /** Switches the screens to a workspace the backend has just created and opened. */
  adopt: (summary: WorkspaceSummary) => void;
  close: () => Promise<void>;
  dismissFailure: () => void;
}

const SessionContext = createContext<WorkspaceSessionValue | null>(null);

/** Reads that outlive a workspace: the host's own answers and which workspace is open. */
const outlivesWorkspace = (key: readonly unknown[]) =>
  String(key[0]).startsWith('host.') || key[0] === 'workspace.current';

/**
 * Drops what was read from the previous workspace, so it can never show under another
 * workspace's name: screens still on show load afresh, the rest start empty.
 */
function forgetWorkspaceReads(queries: QueryClient): void {
  void queries.resetQueries({
    predicate: (query: Query) => !outlivesWorkspace(query.queryKey),
  });
}

export function WorkspaceSessionProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const queries = useQueryClient();
  const info = useBackendQuery('host.info', {}, { staleTime: Infinity });
  const current = useBackendQuery('workspace.current', {});
  const [failure, setFailure] = useState<OpenFailure | null>(null);
  const [fileToCreate, setFileToCreate] = useState<PickedFile | null>(null);
  const openState: OpenState = !current.isSuccess
    ? 'unknown'
    : current.data === null
      ? 'nothing'
      : 'workspace';

  const showWorkspace = useCallback(
    (summary: WorkspaceSummary) => {
      queries.setQueryData(queryKey('workspace.current', {}), summary);
      forgetWorkspaceReads(queries);
      void queries.invalidateQueries({ queryKey: queryKey('host.recentWorkspaces') });
      setFailure(null);
      setFileToCreate(null);
      navigate(HOME_AREA_ID);
    },
    [queries],
  );

  const startup = useStartupOpen(info.data?.startupFile ?? null, openState, (outcome) => {
    switch (outcome.kind) {
      case 'opened':
        return showWorkspace(outcome.summary);
      case 'missing':
        return setFileToCreate(outcome.file);
      case 'refused':
        return setFailure({ file: outcome.file, error: outcome.error });
      default:
        return assertNever(outcome, 'startup outcome');
    }
  });
  const stopStartup = startup.stop;

  const adopt = useCallback(
    (summary: WorkspaceSummary) => {
      stopStartup();
      showWorkspace(summary);
    },
    [showWorkspace, stopStartup],
  );

  const open = useCallback(
    async (file: PickedFile) => {
      try {
        adopt(await client.call('workspace.open', { file: file.file }));
      } catch (error) {
        setFailure({ file, error: asCallError(error) });
      }
    },
    [adopt, client],
  );

  const close = useCallback(async () => {
    // Before the call: the backend announces the change while the call is still returning.
    stopStartup();
    await client.call('workspace.close', {});
    queries.setQueryData(queryKey('workspace.current', {}), null);
    globalThis.location.hash = '';
    // After the screens of the closed workspace have gone, their reads are inactive.
    setTimeout(() => forgetWorkspaceReads(queries), 0);
  }, [client, queries, stopStartup]);

  // The host can open a file on its own (a file double-clicked in the desktop).
  const refreshCurrent = useCallback(() => {
    void queries.invalidateQueries({ queryKey: queryKey('workspace.current') });
  }, [queries]);
  useBackendEvent('workspaceChanged', refreshCurrent);

  const value = useMemo<WorkspaceSessionValue>(
    () => ({
      workspace: current.data ?? null,
      starting: info.isPending || current.isPending || startup.opening,
      failure,
      fileToCreate,
      open,
      adopt,
      close,
      dismissFailure: () => setFailure(null),
    }),
    [
      adopt,
      close,
      current.data,
      current.isPending,
      failure,
      fileToCreate,
      info.isPending,
      open,
      startup.opening,
    ],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useWorkspaceSession(): WorkspaceSessionValue {
  const session = useContext(SessionContext);
  if (!session) {
    throw new Error('useWorkspaceSession must be used inside WorkspaceSessionProvider');
  }
  return session;
}
