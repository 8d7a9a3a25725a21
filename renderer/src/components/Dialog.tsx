import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Extra class of the box ('plans-dialog wide' …). */
  className?: string;
}

/**
 * The one modal dialog of the app: a native <dialog> opened with showModal(), so the browser keeps focus inside
 * (the rest of the page is inert) and the dialog is announced with its title. Focus goes back to what opened it.
 * Esc, a click outside or ✕ close it, but once something was typed they ask first: a half-filled form is never
 * thrown away by a slip.
 */
export function Dialog({ title, onClose, children, className = 'dialog' }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // The latest onClose without re-running the open effect on every parent render.
  const close = useRef(onClose);
  close.current = onClose;
  const dirty = useRef(false);
  const [asking, setAsking] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('[autofocus], input:not([type="hidden"]), select, textarea, button:not(.dialog-x)')?.focus();
    return () => {
      if (dialog.open) dialog.close();
      // Back to where the person was (if it is still on the page).
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const askingNow = useRef(false);
  askingNow.current = asking;
  const request = () => {
    if (dirty.current) setAsking(true);
    else close.current();
  };
  const requestRef = useRef(request);
  requestRef.current = request;

  // Esc is handled here, before the browser's own "cancel" (which Chromium stops offering to a page after it was
  // refused once without a click between): Esc asks when something was typed, and Esc again keeps editing.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !ref.current?.open) return;
      e.preventDefault();
      e.stopPropagation();
      if (askingNow.current) keepEditing();
      else requestRef.current();
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, []);

  const keepEditing = () => {
    setAsking(false);
    window.setTimeout(() => ref.current?.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea')?.focus(), 0);
  };

  return (
    <dialog
      ref={ref}
      className={`${className} app-dialog`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        if (asking) keepEditing();
        else request();
      }}
      onMouseDown={(e) => {
        // The <dialog> itself is hit only outside its content box: that is the backdrop.
        if (e.target !== e.currentTarget) return;
        const r = e.currentTarget.getBoundingClientRect();
        const outside = e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom;
        if (outside) request();
      }}
      onInput={() => (dirty.current = true)}
      onChange={() => (dirty.current = true)}
    >
      <div className="dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="dialog-x" aria-label={t('dialog.close')} title={t('dialog.close')} onClick={request}>
          ✕
        </button>
      </div>
      {asking ? (
        <div className="dialog-discard" role="alertdialog" aria-label={t('dialog.discardTitle')}>
          <p>{t('dialog.discardTitle')}</p>
          <div className="actions">
            <button type="button" autoFocus onClick={keepEditing}>
              {t('dialog.keepEditing')}
            </button>
            <button type="button" className="danger" onClick={() => close.current()}>
              {t('dialog.discard')}
            </button>
          </div>
        </div>
      ) : null}
      {children}
    </dialog>
  );
}
