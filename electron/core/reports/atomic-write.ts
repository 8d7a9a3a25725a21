import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { AppError } from '../../../shared/contract/errors';
import { ioErrorToAppError } from '../safety/io-errors';

export interface WriteTarget {
  /** Where the finished file goes. */
  out: string;
  /** Replace an existing file. Without it an existing file is never touched. */
  force?: boolean;
}

/** Disk trouble in the shared wording (safety/io-errors.ts), naming the file the user asked for. */
function ioError(file: string, error: unknown): AppError {
  if ((error as { code?: string }).code === 'EISDIR')
    return new AppError('invalid_input', `"${file}" là một thư mục, không phải tệp (--out). Hãy ghi cả tên tệp.`, { file, field: 'out' });
  return ioErrorToAppError(error, file, 'export') ?? new AppError('io_error', `Không ghi được "${file}": ${(error as Error).message}`, { file });
}

function alreadyExists(file: string): AppError {
  return new AppError('conflict', `Tệp "${file}" đã tồn tại. Hãy chọn tên khác, hoặc chọn ghi đè (--force).`, { file, field: 'out' });
}

/** Refuse early, before spending time on a document that could not be saved. */
export function checkTarget({ out, force }: WriteTarget): void {
  if (fs.existsSync(out) && fs.statSync(out).isDirectory()) {
    throw new AppError('invalid_input', `"${out}" là một thư mục, không phải tệp (--out). Hãy ghi cả tên tệp, ví dụ ${path.join(out, 'bao-cao.docx')}.`, {
      file: out,
      field: 'out',
    });
  }
  if (!force && fs.existsSync(out)) throw alreadyExists(out);
  const dir = path.dirname(path.resolve(out));
  if (!fs.existsSync(dir)) throw ioError(out, Object.assign(new Error('no such directory'), { code: 'ENOENT' }));
}

/** A temporary name beside the target (same file system, so the final rename is atomic). */
function tempPathFor(out: string): string {
  const abs = path.resolve(out);
  return path.join(path.dirname(abs), `.${path.basename(abs)}.${randomBytes(6).toString('hex')}.part`);
}

/**
 * Publish a finished temporary file under its final name. IMPORTANT: without `force`, a hard link
 * refuses atomically if someone created the target meanwhile; file systems without hard links (FAT
 * USB sticks) fall back to check-then-rename.
 */
function publish(temp: string, { out, force }: WriteTarget): void {
  try {
    if (force) {
      fs.renameSync(temp, out);
      return;
    }
    try {
      fs.linkSync(temp, out);
      fs.unlinkSync(temp);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'EEXIST') throw alreadyExists(out);
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
      if (fs.existsSync(out)) throw alreadyExists(out);
      fs.renameSync(temp, out);
    }
  } catch (error) {
    fs.rmSync(temp, { force: true });
    if (error instanceof AppError) throw error;
    throw ioError(out, error);
  }
}

/** Write `produce()`'s bytes to a temporary file, then publish it: a failed export never leaves half a file. */
export async function writeFileAtomic(target: WriteTarget, produce: () => Promise<Uint8Array | string> | Uint8Array | string): Promise<void> {
  checkTarget(target);
  const data = await produce();
  const temp = tempPathFor(target.out);
  try {
    fs.writeFileSync(temp, data, { flag: 'wx' });
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw ioError(target.out, error);
  }
  publish(temp, target);
}
