import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { FileRef } from '../../../shared/contract';
import { useClient } from '../../client/context';
import { queryKey } from '../../client/hooks';
import { notifyFailure } from '../../components/notify';

/** Removes a file from the recent list; the list on screen follows. */
export function useForgetRecent(): (file: FileRef) => Promise<void> {
  const client = useClient();
  const queries = useQueryClient();
  return useCallback(
    async (file) => {
      try {
        await client.call('host.forgetRecent', { file });
        await queries.invalidateQueries({ queryKey: queryKey('host.recentWorkspaces') });
      } catch (error) {
        notifyFailure('The workspace could not be removed from the list', error);
      }
    },
    [client, queries],
  );
}
