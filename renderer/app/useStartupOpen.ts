import { useCallback, useEffect, useRef, useState } from 'react';
import type { PickedFile } from '../../shared/contract/host';
import type { WorkspaceSummary } from '../../shared/domain/workspace';
import { CallError } from '../client/client';
import { useClient } from '../client/context';
import { messageOf } from '../components/errors';

export type StartupOutcome =
  | { kind: 'opened'; summary: WorkspaceSummary }
  | { kind: 'missing'; file: PickedFile }
  | { kind: 'refused'; file: PickedFile; error: CallError };

/** A failure the transport itself raised still gets the failure screen, not silence. */
export function asCallError(error: unknown): CallError {
  if (error instanceof CallError) return error;
  return new CallError('E_INTERNAL', messageOf(error));
}

export interface StartupOpen {
  /** True while the startup file is being opened, so no other screen flashes up first. */
  opening: boolean;
  /** Gives up on the startup file for good: a workspace has been shown or closed since. */
  stop: () => void;
}

/** What the backend last said is open: not answered yet, nothing, or a workspace. */
export type OpenState = 'unknown' | 'nothing' | 'workspace';

/**
 * Opens the file the host was started with, once, if the backend's first answer is that
 * nothing is open. A file that does not exist yet is reported as missing, to be offered
 * for creation. Once any workspace has been open the startup file is never opened again:
 * closing that workspace must lead to the first-run screen, not back into the file.
 */
export function useStartupOpen(
  startupFile: PickedFile | null,
  openState: OpenState,
  onOutcome: (outcome: StartupOutcome) => void,
): StartupOpen {
  const nothingOpen = openState === 'nothing';
  const client = useClient();
  const tried = useRef(false);
  const [settled, setSettled] = useState(false);
  const latestOnOutcome = useRef(onOutcome);
  useEffect(() => {
    latestOnOutcome.current = onOutcome;
  });

  useEffect(() => {
    if (tried.current || !startupFile || !nothingOpen) return;
    tried.current = true;
    const report = (outcome: StartupOutcome) => latestOnOutcome.current(outcome);
    void client
      .call('workspace.open', { file: startupFile.file })
      .then(
        (summary) => report({ kind: 'opened', summary }),
        (error: unknown) => {
          const failure = asCallError(error);
          report(
            failure.code === 'E_FILE_NOT_FOUND'
              ? { kind: 'missing', file: startupFile }
              : { kind: 'refused', file: startupFile, error: failure },
          );
        },
      )
      .finally(() => setSettled(true));
  }, [client, nothingOpen, startupFile]);

  const stop = useCallback(() => {
    tried.current = true;
    setSettled(true);
  }, []);

  useEffect(() => {
    if (openState === 'workspace') stop();
  }, [openState, stop]);

  return {
    opening: Boolean(startupFile) && nothingOpen && !settled && !tried.current,
    stop,
  };
}
