import { useCallback } from 'react';
import { useFilePicker, WORKSPACE_FILTERS } from '../components/FilePicker';
import { useWorkspaceSession } from './WorkspaceSession';

/** Asks for a workspace file and opens it; a refusal lands on the failure screen. */
export function useOpenAnother(): () => Promise<void> {
  const pick = useFilePicker();
  const session = useWorkspaceSession();
  return useCallback(async () => {
    const file = await pick({
      purpose: 'open-workspace',
      mode: 'open',
      title: 'Open a workspace',
      filters: WORKSPACE_FILTERS,
      near: session.workspace?.path,
    });
    if (file) await session.open(file);
  }, [pick, session]);
}
