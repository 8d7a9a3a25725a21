/**
 * The pseudo-organisation of rows that never leave this install: the built-in sample plan (and the directory entries
 * it brings) until an organisation publishes it under its own name. Its changes are never exported, and an incoming
 * change that claims it is refused (a real organisation id is a UUID, so no organisation can be called this).
 */
export const LOCAL_ORG = 'local';

/** Whether an organisation id may appear in a sync file (as a sender, an origin or a change's organisation). */
export function isSyncableOrg(org: string): boolean {
  return org !== LOCAL_ORG;
}
