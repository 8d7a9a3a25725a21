import { parseWireChange } from '../../../shared/domain/sync/change';
import { SyncRejection } from './rejection';
import type { ChangeValidator } from './change-reader';

/** The change schema (shared/domain/sync/change.ts), its first problem as the reason a person reads. */
export const validateWithSchema: ChangeValidator = (parsed, lineNo) => {
  const r = parseWireChange(parsed);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  throw new SyncRejection('bad_change', `Thay đổi ở dòng ${lineNo} không hợp lệ (trường "${issue.path.join('.')}": ${issue.message}).`, { line: lineNo });
};
