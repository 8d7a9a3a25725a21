import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TourStep } from './steps';

interface Props {
  steps: readonly TourStep[];
  index: number;
  onOpen: (step: TourStep) => void;
  onMove: (index: number) => void;
  onClose: () => void;
}

/** One step of the quick tour: what the thing is, a button to open its screen, and the way on. */
export function TourCard({ steps, index, onOpen, onMove, onClose }: Props) {
  const { t } = useTranslation();
  const step = steps[index]!;
  const last = index === steps.length - 1;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [index]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <aside className="tour-card" aria-labelledby="tour-title" data-testid="tour" data-step={step.id}>
      <div className="tour-dots" aria-hidden="true">
        {steps.map((s, i) => (
          <span key={s.id} aria-current={i === index ? 'step' : undefined} />
        ))}
      </div>
      <p className="tour-step">
        {t('tour.label')} · {t('tour.stepOf', { n: index + 1, total: steps.length })}
      </p>
      <h2 id="tour-title" ref={heading} tabIndex={-1}>
        {t(`tour.steps.${step.id}.title`)}
      </h2>
      <p>{t(`tour.steps.${step.id}.body`)}</p>
      <div className="tour-actions">
        {last ? null : (
          <button type="button" className="tour-skip" onClick={onClose}>
            {t('tour.skip')}
          </button>
        )}
        <button type="button" onClick={() => onOpen(step)}>
          {t('tour.open')}
        </button>
        {index > 0 ? (
          <button type="button" onClick={() => onMove(index - 1)}>
            {t('tour.back')}
          </button>
        ) : null}
        <button type="button" className="primary" onClick={() => (last ? onClose() : onMove(index + 1))}>
          {last ? t('tour.finish') : t('tour.next')}
        </button>
      </div>
    </aside>
  );
}
