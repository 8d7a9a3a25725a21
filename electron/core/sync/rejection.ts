import { AppError } from '../../../shared/contract/errors';

export type RejectionCode =
  | 'too_large'
  | 'not_sync_file'
  | 'unknown_format'
  | 'bad_header'
  | 'bad_signature'
  | 'key_mismatch'
  | 'org_mismatch'
  | 'refused_install'
  | 'damaged'
  | 'bad_change'
  | 'range_mismatch'
  | 'clock_future'
  | 'fork'
  | 'foreign_row'
  | 'unreadable'
  | 'bad_origin'
  | 'bad_value'
  | 'old_format'
  | 'not_regular'
  | 'internal'
  | 'incomplete'
  | 'key_conflict'
  | 'retired_key';

/** Why a sync file was refused: `message` is for the person (Vietnamese), `reason` for code and tests. */
export class SyncRejection extends AppError {
  constructor(
    readonly reason: RejectionCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super('sync_rejected', message, { reason, ...details });
  }
}
