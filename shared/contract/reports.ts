/** The reports domain's channels (filled in by the reports work). */
export const reportsContract = {};
