import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { resolveServedFile } from '../core/security/served-files';
import { mimeType } from '../core/security/static-files';
import { send, sendError } from './reply';

/**
 * `GET /files?path=exports/…` (an exported report) or `GET /files?evidence=<sha256>` (evidence this
 * install stored). Nothing else in the data folder is ever served: see served-files.ts.
 */
export function serveDataFile(dataDir: string, params: URLSearchParams, res: ServerResponse): void {
  const evidence = params.get('evidence');
  const file = resolveServedFile(dataDir, evidence !== null ? { evidence } : { path: params.get('path') ?? '' });
  let bytes: Buffer | null = null;
  if (file) {
    try {
      bytes = fs.readFileSync(file);
    } catch {
      bytes = null;
    }
  }
  if (!file || !bytes) {
    sendError(res, 404, 'not_found', 'Không tìm thấy tệp.');
    return;
  }
  const name = path.basename(file);
  send(res, 200, bytes, mimeType(file), {
    'Content-Disposition': `attachment; filename="${name.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
  });
}
