/**
 * The one error shape that crosses every boundary (IPC, HTTP, CLI --json).
 * `message` is Vietnamese and tells the user what was wrong and what to do;
 * `details` locates the problem (field, row, file) for the UI to point at.
 */
export interface ApiErrorShape {
  code: ErrorCode;
  message: string;
  details?: ErrorDetails;
}

export interface ErrorDetails {
  /** Dotted path of the offending input field, e.g. `plannedDate` or `rows.3.timeframe`. */
  field?: string;
  row?: number;
  file?: string;
  issues?: Array<{ field: string; message: string }>;
  [key: string]: unknown;
}

export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'illegal_transition'
  | 'forbidden'
  | 'unknown_channel'
  | 'db_newer_version'
  | 'db_corrupt'
  | 'db_unavailable'
  | 'io_error'
  | 'import_failed'
  | 'sync_rejected'
  | 'not_setup'
  | 'internal';

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails | undefined;

  constructor(code: ErrorCode, message: string, details?: ErrorDetails) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toShape(): ApiErrorShape {
    return this.details === undefined ? { code: this.code, message: this.message } : { code: this.code, message: this.message, details: this.details };
  }
}

function isApiErrorShape(value: unknown): value is ApiErrorShape {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}

/** Anything thrown becomes the error shape; internals never leak a stack trace across a boundary. */
export function toApiError(error: unknown): ApiErrorShape {
  if (error instanceof AppError) return error.toShape();
  // Only plain objects that already are the shape pass through; library errors (SQLite, fs) never leak their text.
  if (!(error instanceof Error) && isApiErrorShape(error)) return { code: error.code, message: error.message, details: error.details };
  return {
    code: 'internal',
    message: 'Đã xảy ra lỗi không mong muốn. Dữ liệu chưa bị thay đổi; hãy thử lại, nếu vẫn lỗi hãy báo cho bộ phận kỹ thuật.',
  };
}
