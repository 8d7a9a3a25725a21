import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import { ioErrorToAppError } from '../safety/io-errors';

const BUFFER_BYTES = 1 << 20;

/**
 * This computer's disk failing us (full, read-only…) is not the sync file's fault: the app's usual disk message
 * (safety/io-errors.ts), naming the work folder, and a word that the file itself is fine.
 */
export function workFileError(file: string, error: unknown): AppError {
  const dir = path.dirname(file);
  const base =
    ioErrorToAppError(error, dir, 'syncWork') ??
    new AppError('io_error', `Không ghi được tệp tạm để nhập đồng bộ vào "${dir}" (${(error as Error)?.message ?? 'lỗi ghi đĩa'}).`, { file: dir });
  return new AppError(base.code, `${base.message} Tệp đồng bộ không có lỗi và chưa được nhập; hãy nhập lại sau khi sửa.`, base.details);
}

/** Lines written to a work file through one reused buffer: a system call per megabyte, not per line. */
export class LineFileWriter {
  private readonly buf = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;
  private readonly fd: number;

  constructor(private readonly file: string) {
    try {
      this.fd = fs.openSync(file, 'w');
    } catch (error) {
      throw workFileError(file, error);
    }
  }

  write(line: string): void {
    // A UTF-16 unit never takes more than 3 bytes in UTF-8, so this bound is safe without measuring the line.
    if (this.used + line.length * 3 + 1 > BUFFER_BYTES) {
      this.flush();
      if (line.length * 3 + 1 > BUFFER_BYTES) {
        this.writeOut(Buffer.from(`${line}\n`, 'utf8'));
        return;
      }
    }
    this.used += this.buf.write(line, this.used, 'utf8');
    this.buf[this.used++] = 0x0a;
  }

  flush(): void {
    this.writeOut(this.buf.subarray(0, this.used));
    this.used = 0;
  }

  close(): void {
    fs.closeSync(this.fd);
  }

  private writeOut(bytes: Buffer): void {
    try {
      let off = 0;
      while (off < bytes.length) off += fs.writeSync(this.fd, bytes, off, bytes.length - off);
    } catch (error) {
      throw workFileError(this.file, error);
    }
  }
}

/** Lines of a work file, read synchronously in chunks so the apply step can run inside one transaction. */
export function* readLinesSync(file: string): Generator<string> {
  const fd = fs.openSync(file, 'r');
  const buf = Buffer.alloc(BUFFER_BYTES);
  let rest = Buffer.alloc(0);
  try {
    for (;;) {
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      const data = rest.length > 0 ? Buffer.concat([rest, buf.subarray(0, n)]) : buf.subarray(0, n);
      let start = 0;
      let nl: number;
      while ((nl = data.indexOf(0x0a, start)) >= 0) {
        yield data.toString('utf8', start, nl);
        start = nl + 1;
      }
      rest = Buffer.from(data.subarray(start));
    }
    if (rest.length > 0) yield rest.toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}
