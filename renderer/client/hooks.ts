import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationOptions,
  type UseQueryOptions,
} from '@tanstack/react-query';
import { useEffect } from 'react';
import type {
  EventName,
  EventPayload,
  MethodInput,
  MethodName,
  MethodOutput,
} from '../../shared/contract';
import type { CallError } from './client';
import { useClient } from './context';

/** Query keys start with the method name so a domain can invalidate all its reads at once. */
export const queryKey = <M extends MethodName>(method: M, input?: MethodInput<M>) =>
  input === undefined ? [method] : [method, input];

/** Reads through the contract; cached by method and input. */
export function useBackendQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  options: Omit<UseQueryOptions<MethodOutput<M>, CallError>, 'queryKey' | 'queryFn'> = {},
) {
  const client = useClient();
  return useQuery<MethodOutput<M>, CallError>({
    queryKey: queryKey(method, input),
    queryFn: () => client.call(method, input),
    ...options,
  });
}

/**
 * Writes through the contract. `invalidates` lists method-name prefixes (such as
 * 'department.' or 'workspace.about') whose cached reads go stale when the write succeeds.
 */
export function useBackendMutation<M extends MethodName>(
  method: M,
  options: Omit<
    UseMutationOptions<MethodOutput<M>, CallError, MethodInput<M>>,
    'mutationFn'
  > & {
    invalidates?: string[];
  } = {},
) {
  const client = useClient();
  const queries = useQueryClient();
  const { invalidates = [], onSuccess, ...rest } = options;
  return useMutation<MethodOutput<M>, CallError, MethodInput<M>>({
    mutationFn: (input) => client.call(method, input),
    onSuccess: async (...args) => {
      await queries.invalidateQueries({
        predicate: (query) =>
          invalidates.some((prefix) => String(query.queryKey[0]).startsWith(prefix)),
      });
      await onSuccess?.(...args);
    },
    ...rest,
  });
}

/** Subscribes to a contract event for the life of the component. */
export function useBackendEvent<E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
) {
  const client = useClient();
  useEffect(() => client.on(event, listener), [client, event, listener]);
}
