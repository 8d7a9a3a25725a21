/** IPC channel names of the Electron shell, shared by the preload and the main process (the only ones the preload ever uses). */
export const IPC = {
  /** renderer → main (invoke): one contract call `(channel, input)` → the dispatch envelope. */
  invoke: 'ltt:invoke',
  /** renderer → main (invoke): a native open/save dialog → the chosen path or null. */
  dialog: 'ltt:dialog',
  /** renderer → main (invoke): print the current view. */
  print: 'ltt:print',
  /** renderer → main (invoke): save a copy of / open / show a file in the data folder (path relative to it). */
  dataFile: 'ltt:data-file',
  /** renderer → main (send): a sync file dropped on the window (its path, from webUtils). */
  droppedFile: 'ltt:dropped-file',
  /** main → renderer: core and shell events `{ type, payload }`. */
  event: 'ltt:event',
} as const;

/** The sync file extension (file association, drag-and-drop, "open with"). */
export const SYNC_FILE_EXTENSION = '.lttsync';
