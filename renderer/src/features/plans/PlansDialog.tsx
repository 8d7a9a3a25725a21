import type { ReactNode } from 'react';
import { Dialog } from '../../components/Dialog';

/** The plan screens' dialog: the app's one dialog component, in the plans' box sizes. */
export function PlansDialog({ title, onClose, children, wide }: { title: string; onClose: () => void; children: ReactNode; wide?: boolean }) {
  return (
    <Dialog title={title} onClose={onClose} className={wide ? 'plans-dialog wide' : 'plans-dialog'}>
      {children}
    </Dialog>
  );
}
