/**
 * 009: `row_groups` points at each group's winning log entry (install_id, seq) instead of holding a copy of its value.
 * The copy was nearly a second change log (20 MB of a 108 MB database after importing 100,000 changes) written on
 * every merge; readers that need the value join the log on its primary key. The clock stays: lists sort and compare
 * by it without a join.
 */
export default /* sql */ `
CREATE TABLE row_groups_next (
  tbl TEXT NOT NULL,
  row_id TEXT NOT NULL,
  grp TEXT NOT NULL,
  hlc TEXT NOT NULL,
  install_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  PRIMARY KEY (tbl, row_id, grp)
) WITHOUT ROWID;
INSERT INTO row_groups_next (tbl, row_id, grp, hlc, install_id, seq) SELECT tbl, row_id, grp, hlc, install_id, seq FROM row_groups;
DROP TABLE row_groups;
ALTER TABLE row_groups_next RENAME TO row_groups;
`;
