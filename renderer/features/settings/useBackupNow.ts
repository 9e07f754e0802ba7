import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { errorCodeOf } from '../../components/errors';
import {
  useFilePicker,
  WORKSPACE_EXTENSION,
  WORKSPACE_FILTERS,
} from '../../components/FilePicker';
import { useJob } from '../../components/JobProgress';
import { notifyFailure, notifySuccess } from '../../components/notify';

function backupName(workspace: WorkspaceSummary, today: string): string {
  const stem = workspace.fileName.replace(/\.[^.]+$/, '');
  return `${stem}-backup-${today}${WORKSPACE_EXTENSION}`;
}

/** "Back up now": choose a destination, copy online with progress, report where it went. */
export function useBackupNow(workspace: WorkspaceSummary): () => Promise<void> {
  const pick = useFilePicker();
  const runJob = useJob();
  const queries = useQueryClient();

  return useCallback(async () => {
    const today = new Date().toISOString().slice(0, 10);
    const file = await pick({
      purpose: 'save-backup',
      mode: 'save',
      title: 'Back up the workspace to',
      suggestedName: backupName(workspace, today),
      filters: WORKSPACE_FILTERS,
      near: workspace.path,
    });
    if (!file) return;
    try {
      const backup = await runJob(
        'workspace.backup',
        { file: file.file },
        { title: 'Backing up the workspace' },
      );
      notifySuccess('Backup saved', `The workspace was backed up to ${backup.path}.`);
    } catch (error) {
      if (errorCodeOf(error) === 'E_CANCELLED') return;
      notifyFailure('The backup was not made', error);
    } finally {
      await queries.invalidateQueries({ queryKey: ['workspace.about'] });
    }
  }, [pick, queries, runJob, workspace]);
}
