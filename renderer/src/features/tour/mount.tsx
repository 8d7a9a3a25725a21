import { createRoot } from 'react-dom/client';
import { TourHost } from './TourHost';

const ROOT_ID = 'ltt-tour-root';

/**
 * Mounts the tour on its own small React root beside the app, once. Used until the layout renders
 * <TourHost /> itself; idempotent, and a no-op outside a browser.
 */
export function ensureTourMounted(): void {
  if (typeof document === 'undefined' || document.getElementById(ROOT_ID)) return;
  const element = document.createElement('div');
  element.id = ROOT_ID;
  document.body.appendChild(element);
  createRoot(element).render(<TourHost />);
}
