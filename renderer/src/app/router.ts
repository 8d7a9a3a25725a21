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

const listeners = new Set<() => void>();

function subscribe(callback: () => void): () => void {
  listeners.add(callback);
  window.addEventListener('hashchange', callback);
  return () => {
    listeners.delete(callback);
    window.removeEventListener('hashchange', callback);
  };
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parse(hash);
}

/** Go to `/plans/123?tab=tasks` (path without the #). */
export function navigate(path: string): void {
  window.location.hash = path.startsWith('/') ? path : `/${path}`;
  // The hash is already set; 'hashchange' comes later, as a task that a busy machine may run much later. Telling the
  // screens in a microtask renders the new place before any other task, so a control that lives in the URL (a checkbox,
  // a select) does not sit flipped back meanwhile; a microtask, not now, because navigate may be called while rendering.
  queueMicrotask(() => {
    for (const l of [...listeners]) l();
  });
}

export function href(path: string): string {
  return `#${path.startsWith('/') ? path : `/${path}`}`;
}
