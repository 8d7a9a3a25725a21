import type { IncomingMessage } from 'node:http';

/** Large enough for a plan file or an evidence scan sent as base64; anything bigger is refused before parsing. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

export class BodyError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export async function readJsonBody(req: IncomingMessage, max = MAX_BODY_BYTES): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('application/json')) throw new BodyError('Nội dung yêu cầu phải là JSON.', 415);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) throw new BodyError(`Dữ liệu gửi lên quá lớn (tối đa ${Math.round(max / 1024 / 1024)} MB).`, 413);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyError('Dữ liệu gửi lên không phải JSON hợp lệ.', 400);
  }
}
