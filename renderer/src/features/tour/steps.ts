/** The four things people do, in the order they do them; each step opens the screen where it happens. */
export interface TourStep {
  id: 'plan' | 'done' | 'matrix' | 'report';
  /** Hash route of the screen (router.navigate path). */
  path: string;
}

export const TOUR_STEPS: readonly TourStep[] = [
  { id: 'plan', path: '/schedule/month' },
  { id: 'done', path: '/schedule/mine' },
  { id: 'matrix', path: '/compliance' },
  { id: 'report', path: '/reports' },
];

/** Custom DOM event that starts the tour from anywhere in the UI (settings button); the desktop menu sends `tour`. */
export const START_TOUR_EVENT = 'ltt:start-tour';

export function startTour(): void {
  window.dispatchEvent(new CustomEvent(START_TOUR_EVENT));
}
