import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { href } from '../../app/router';
import '../reconcile/translations';

/** Theo dõi: how many of the period's done items a log line proves, and how many were marked by hand. */
export function ProofNote({ planId, from, to }: { planId: string; from: string; to: string }) {
  const { t } = useTranslation();
  const proof = useApiQuery('reconcile:proof', { planId, from, to });
  if (!proof.data) return null;
  return (
    <p className="hint cm-proof" data-testid="proof-note">
      {t('reconcile.proof', { byLog: proof.data.byLog, byHand: proof.data.byHand })} <a href={href('/schedule/reconcile')}>{t('reconcile.open')}</a>
    </p>
  );
}
