import { useSyncExternalStore } from 'react';

/**
 * Hash routing (`#/plans/abc`): works the same under app:// and the browser host, needs no server
 * rewrites, and a reload keeps the place. `route.section` is the first segment, `route.rest` the others.
 */
export interface Route {
  section: string;
  rest: string[];
  params: URLSearchParams;
}

function parse(hash: string): Route {
  const [pathPart = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const segments = pathPart.split('/').filter(Boolean).map(decodeURIComponent);
  return { section: segments[0] ?? '', rest: segments.slice(1), params: new URLSearchParams(query) };
}

function subscribe(callback: () => void): () => void {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parse(hash);
}

/** Go to `/plans/123?tab=tasks` (path without the #). */
export function navigate(path: string): void {
  window.location.hash = path.startsWith('/') ? path : `/${path}`;
}

export function href(path: string): string {
  return `#${path.startsWith('/') ? path : `/${path}`}`;
}
