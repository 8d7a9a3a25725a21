import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { Channel, Input, Result } from '../../../shared/contract';
import { call, type ApiError } from './client';
import { refreshAll } from './invalidate';

/** Read a channel; the query key is the channel and its input, so every screen shares the cache. */
export function useApiQuery<C extends Channel>(channel: C, input: Input<C>, options: Omit<UseQueryOptions<Result<C>, ApiError>, 'queryKey' | 'queryFn'> = {}) {
  return useQuery<Result<C>, ApiError>({ queryKey: [channel, input], queryFn: () => call(channel, input), ...options });
}

/** Call a command; every cached query is refreshed afterwards (data may have changed anywhere), through refreshAll. */
export function useApiMutation<C extends Channel>(channel: C) {
  const client = useQueryClient();
  return useMutation<Result<C>, ApiError, Input<C>>({
    mutationFn: (input) => call(channel, input),
    onSuccess: () => refreshAll(client),
  });
}
