/**
 * 014: an item's kind can be changed after creation (the `kind` group of items, schedule/tables.ts). The column
 * exists already, so nothing changes in the schema: the version number says this install knows the group, so an
 * upgrade from 013 or older re-derives the rows whose kind group that version had parked (db/parked-changes.ts).
 */
export default /* sql */ `
-- no schema change
`;
