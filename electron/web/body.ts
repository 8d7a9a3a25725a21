import type { IncomingMessage } from 'node:http';
import type { BodyBudget } from './limits';

/** Large enough for a plan file or an evidence scan sent as base64; anything bigger is refused before parsing. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

export class BodyError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

const sizes = new WeakMap<IncomingMessage, number>();

/** Bytes of this request's body still counted against the budget. */
export function bodySize(req: IncomingMessage): number {
  return sizes.get(req) ?? 0;
}

const BUSY = 'Máy chủ đang nhận nhiều dữ liệu cùng lúc. Hãy đợi các thao tác khác xong rồi thử lại.';

/**
 * Reads a JSON body of at most `max` bytes. With a budget, every byte held counts against what all
 * requests together may hold; a request that would go over it is refused (503) instead of queued.
 */
export async function readJsonBody(req: IncomingMessage, max = MAX_BODY_BYTES, budget?: BodyBudget): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('application/json')) throw new BodyError('Nội dung yêu cầu phải là JSON.', 415);
  const tooBig = () => new BodyError(`Dữ liệu gửi lên quá lớn (tối đa ${Math.round(max / 1024 / 1024)} MB).`, 413);
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > max) throw tooBig();
  // A declared length is reserved whole up front, so concurrent large bodies are admitted one by one
  // rather than all starved half way; a body without one (chunked) is counted as it arrives.
  let reserved = 0;
  if (budget && declared > 0) {
    if (!budget.take(declared)) throw new BodyError(BUSY, 503);
    reserved = declared;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      const n = (chunk as Buffer).length;
      if (size + n > max) throw tooBig();
      if (budget && size + n > reserved) {
        if (!budget.take(size + n - reserved)) throw new BodyError(BUSY, 503);
        reserved = size + n;
      }
      size += n;
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    budget?.give(reserved);
    throw error;
  }
  // On success the bytes stay counted until the response is finished (the parsed body and what the
  // handler makes of it live that long): the caller gives them back with `budget.give(bodySize(req))`.
  sizes.set(req, reserved);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyError('Dữ liệu gửi lên không phải JSON hợp lệ.', 400);
  }
}
