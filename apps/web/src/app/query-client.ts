// TanStack Query's client: requests that the server refused (4xx) are not retried, since the same
// request gets the same answer; the server or the network failing is retried twice.
import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api/api-client.models';

export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
