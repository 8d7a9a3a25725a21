/**
 * 007: safety. Intentionally no tables: backups are files in `<data folder>/backups`, listed from
 * the folder itself (a table inside the database could not stay true across a restore of that very
 * database, or when a person copies backup files in or out). The restore's sequence floor lives in
 * `settings` (`sync.seqFloor`), the rotation policy in `settings` (`backup.keep*`).
 */
export default /* sql */ ``;
