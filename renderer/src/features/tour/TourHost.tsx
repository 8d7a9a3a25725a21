import { useCallback, useEffect, useRef, useState } from 'react';
import { call, onChanged } from '../../api/client';
import { navigate } from '../../app/router';
import { START_TOUR_EVENT, TOUR_STEPS } from './steps';
import { TourCard } from './TourCard';
import './translations';
import './tour.css';

/**
 * Shows the quick tour right after the first-run screen has been completed in this window, and whenever it is
 * asked for (the settings button, or Trợ giúp › Hướng dẫn nhanh / F1 in the desktop app).
 * A database set up elsewhere (e.g. `ltt init`) does not start it on its own.
 * Self-contained (no providers needed), so it can be mounted inside the app's layout or on its own root.
 */
export function TourHost() {
  const [index, setIndex] = useState<number | null>(null);
  const setupDone = useRef<boolean | null>(null);

  const start = useCallback(() => setIndex(0), []);

  useEffect(() => {
    let alive = true;
    // Only the moment setup completes matters: once it is done, stop listening, so a later change does not fetch
    // app:info a second time beside the app's own (one query-invalidation path, api/invalidate.ts).
    let listening = true;
    const check = () =>
      call('app:info', {})
        .then((info) => {
          if (!alive) return;
          if (setupDone.current === false && info.setupDone) start();
          setupDone.current = info.setupDone;
          if (info.setupDone && listening) {
            listening = false;
            offChanged();
          }
        })
        .catch(() => undefined);
    const offChanged = onChanged(() => void check());
    void check();
    const offMenu = window.api?.on('tour', start);
    window.addEventListener(START_TOUR_EVENT, start);
    return () => {
      alive = false;
      if (listening) offChanged();
      offMenu?.();
      window.removeEventListener(START_TOUR_EVENT, start);
    };
  }, [start]);

  if (index === null) return null;
  return (
    <div data-tour-host="">
      <TourCard steps={TOUR_STEPS} index={index} onOpen={(step) => navigate(step.path)} onMove={setIndex} onClose={() => setIndex(null)} />
    </div>
  );
}
