import type { IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import { isAppUrl } from './app-origin';

type SenderEvent = Pick<IpcMainInvokeEvent | IpcMainEvent, 'senderFrame'>;

/**
 * security.md item 17: every IPC message must come from the top frame of a page on our own app:// origin.
 * The frame's current URL is parsed and compared (never a string prefix); a missing or detached frame is refused.
 */
export function isTrustedSender(event: SenderEvent): boolean {
  let frame: SenderEvent['senderFrame'];
  try {
    frame = event.senderFrame;
  } catch {
    return false;
  }
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}
