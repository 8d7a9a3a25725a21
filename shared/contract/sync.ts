/** The sync domain's channels (filled in by the sync work). */
export const syncContract = {};
