import crypto from 'node:crypto';
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { LineSplitter, damaged } from './body-reader';
import { SyncRejection } from './rejection';
import { openRegularFile } from './regular-file';
import type { FileHeader } from '../../../shared/domain/sync/file-header';

/**
 * BodyReader.lines asynchronously, with Node's native inflate: for the parse worker, whose thread is free to wait on
 * I/O (the import's thread is inside a synchronous transaction and cannot). Same checks, same lines; resolves to
 * whether the body is exactly the one the header signed.
 */
export async function streamBodyLines(file: string, header: FileHeader, bodyOffset: number, onLine: (text: string, lineNo: number) => void): Promise<boolean> {
  const hash = crypto.createHash('sha256');
  let bodyLength = 0;
  const splitter = new LineSplitter(header.plainLength, onLine);
  async function* body(): AsyncGenerator<Buffer> {
    for await (const chunk of fs.createReadStream(file, { fd: openRegularFile(file), start: bodyOffset, highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>) {
      bodyLength += chunk.length;
      if (bodyLength > header.bodyLength) throw damaged();
      hash.update(chunk);
      yield chunk;
    }
  }
  // What our own code threw (a refusal): the pipeline reports an abort in its place.
  let refused: unknown = null;
  try {
    // Large output chunks: one hand-over per quarter megabyte rather than per 16 KB (zlib's default).
    await pipeline(Readable.from(body()), zlib.createGunzip({ chunkSize: 256 * 1024 }), async (source: AsyncIterable<Buffer>) => {
      try {
        for await (const chunk of source) splitter.push(chunk);
        splitter.end();
      } catch (error) {
        refused = error;
        throw error;
      }
    });
  } catch (error) {
    if (refused) throw refused;
    if (error instanceof SyncRejection) throw error;
    const code = String((error as { code?: unknown } | null)?.code ?? '');
    if (code.startsWith('Z_')) throw damaged(); // not a gzip stream, or cut short
    if (/^E[A-Z]+$/.test(code))
      throw new SyncRejection('unreadable', `Không đọc được tệp: ${(error as Error).message}. Hãy kiểm tra ổ đĩa hoặc thư mục chia sẻ còn kết nối.`);
    throw error;
  }
  return bodyLength === header.bodyLength && splitter.plainLength === header.plainLength && hash.digest('hex') === header.bodySha256;
}
