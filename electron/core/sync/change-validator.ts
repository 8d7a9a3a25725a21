import { wireChangeSchema } from '../../../shared/domain/sync/change';
import { SyncRejection } from './rejection';
import type { ChangeValidator } from './change-reader';

/**
 * The one rule for a change in a sync file, the schema (shared/domain/sync/change.ts), on the import's thread and in
 * the parse worker alike; its first problem is the reason a person reads.
 */
export const validateWithSchema: ChangeValidator = (parsed, lineNo) => {
  const r = wireChangeSchema.safeParse(parsed);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  throw new SyncRejection('bad_change', `Thay đổi ở dòng ${lineNo} không hợp lệ (trường "${issue.path.join('.')}": ${issue.message}).`, { line: lineNo });
};
