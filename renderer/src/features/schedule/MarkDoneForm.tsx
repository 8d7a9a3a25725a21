import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScheduleItem } from '../../../../shared/contract/items';
import { isBroadcast } from '../../../../shared/domain/schedule/labels';
import { useApiMutation } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';
import { Dialog } from './Dialog';
import { useLabels } from './useLabels';
import { FormActions } from './FormActions';
import { readSubmit } from './item-form';
import { TimeDurationFields } from './ItemFields';

async function readBase64(file: File): Promise<string> {
  const buf = new Uint8Array(await file.arrayBuffer());
  let s = '';
  for (let i = 0; i < buf.length; i += 0x8000) s += String.fromCharCode(...buf.subarray(i, i + 0x8000));
  return btoa(s);
}

/** Mark an item aired/published: actual date and time, duration, slot or issue/page, link, evidence file. */
export function MarkDoneForm({ item, today, onClose }: { item: ScheduleItem; today: string; onClose: () => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const broadcast = isBroadcast(item.outlet);
  const mark = useApiMutation('items:markDone');
  const toast = useToast();
  const [file, setFile] = useState<File | null>(null);
  const defaultDate = item.plannedDate <= today ? item.plannedDate : today;
  return (
    <Dialog title={labels.markDone(item.outlet)} onClose={onClose}>
      <p className="hint">{item.title}</p>
      <form
        className="form"
        onSubmit={(e) => {
          const { s } = readSubmit(e);
          const duration = s('durationMin');
          void (async () => {
            const evidence = file ? { fileName: file.name, contentBase64: await readBase64(file) } : undefined;
            mark.mutate(
              {
                id: item.id,
                at: s('at'),
                time: s('time') || null,
                durationMin: duration ? Number(duration) : null,
                slot: s('slot') || null,
                issueNo: s('issueNo') || null,
                page: s('page') || null,
                link: s('link') || null,
                evidence,
              },
              {
                onSuccess: () => {
                  toast.show(broadcast ? t('schedule.markDoneForm.aired') : t('schedule.markDoneForm.published'));
                  onClose();
                },
              },
            );
          })();
        }}
      >
        <div className="row">
          <label>
            {broadcast ? t('schedule.markDoneForm.dateAired') : t('schedule.markDoneForm.datePublished')}
            <input type="date" name="at" required defaultValue={defaultDate} max={today} />
          </label>
          <TimeDurationFields time={item.plannedTime} duration={item.durationMin} durationName="durationMin" />
        </div>
        {broadcast ? (
          <label>
            {t('schedule.markDoneForm.slot')}
            <input name="slot" placeholder={t('schedule.markDoneForm.slotHint')} />
          </label>
        ) : (
          <div className="row">
            <label>
              {t('schedule.markDoneForm.issue')}
              <input name="issueNo" />
            </label>
            <label>
              {t('schedule.markDoneForm.page')}
              <input name="page" />
            </label>
          </div>
        )}
        <label>
          {t('schedule.markDoneForm.link')}
          <input name="link" type="url" placeholder="https://…" />
        </label>
        <label>
          {t('schedule.markDoneForm.evidence')}
          <input type="file" name="evidence" onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
        </label>
        <ErrorMessage error={mark.error} />
        <FormActions label={labels.markDone(item.outlet)} pending={mark.isPending} onClose={onClose} big />
      </form>
    </Dialog>
  );
}
