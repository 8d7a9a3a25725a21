/**
 * 013: a plan and its tasks can be handed to another organisation (sync README, "who owns a row"): the `steward`
 * group names the organisation the current steward hands the row to. Nullable: a row never handed on has none.
 */
export default /* sql */ `
ALTER TABLE plans ADD COLUMN steward_org TEXT;
ALTER TABLE plan_tasks ADD COLUMN steward_org TEXT;
`;
