import type { QueryClient } from '@tanstack/react-query';

let pending: Promise<void> | null = null;

/**
 * The one way queries are refreshed after data changed. A command's own success and the core's "changed" push
 * (which also covers changes from a sync or another window) both land here; calls in the same moment share one
 * refresh instead of fetching every query twice.
 */
export function refreshAll(client: QueryClient): Promise<void> {
  pending ??= new Promise<void>((resolve) => {
    window.setTimeout(() => {
      pending = null;
      void client.invalidateQueries().then(resolve, resolve);
    }, 30);
  });
  return pending;
}
