/**
 * How long a plan's texts may be. One place for the plan file (export-format.ts), the contract (plans:update,
 * plans:updateTask) and the synced fields (electron/core/plans/tables.ts), so a plan one of them accepts is never
 * refused by another, here or at the install that receives it.
 */
export const PLAN_LIMITS = {
  issuer: 300,
  number: 100,
  title: 1000,
  /** Each "Căn cứ" line, and how many. */
  basedOnLine: 1000,
  basedOnLines: 100,
  /** A task's cells. */
  taskCode: 50,
  taskTitle: 10_000,
  taskProduct: 2000,
  taskTimeframe: 2000,
  /** The appendix section a task stands under (its heading row). */
  section: 500,
  /** An agency's name (also each name in a task's lead/partner cell), and how many one cell may name. */
  agencyName: 500,
  agenciesPerCell: 50,
  /** Aliases an agency collects (merging agencies adds the merged one's names, so more than one cell names). */
  agencyAliases: 1000,
} as const;
