import fs from 'node:fs';
import { SyncRejection } from './rejection';

// O_NOFOLLOW / O_NONBLOCK are absent on Windows (there a symlink or a pipe cannot pose as a file in a folder scan).
const FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0);

/**
 * IMPORTANT: open a file from outside (a sync folder, a USB stick) only if it is a regular file: a symlink is not
 * followed (it could point at /etc/shadow or at our own database), and a FIFO or a device is never waited on
 * (O_NONBLOCK: the open returns at once; fstat then says it is no file). Returns the descriptor.
 */
export function openRegularFile(file: string): number {
  let fd: number;
  try {
    fd = fs.openSync(file, FLAGS);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw notRegular('một liên kết (symlink)');
    throw error;
  }
  const st = fs.fstatSync(fd);
  if (!st.isFile()) {
    fs.closeSync(fd);
    throw notRegular(st.isFIFO() ? 'một đường ống (FIFO)' : st.isDirectory() ? 'một thư mục' : 'một thiết bị hay tệp đặc biệt');
  }
  return fd;
}

function notRegular(what: string): SyncRejection {
  return new SyncRejection('not_regular', `Đây là ${what}, không phải tệp đồng bộ: bỏ qua, không mở.`);
}
