/** The plans domain's channels (filled in by the plans work). */
export const plansContract = {};
