import { decodeLog } from './decode';
import { readDelimited } from './delimited';
import { readXml } from './xml';
import type { ReadLog, SourceMapping } from '../../../../shared/domain/reconcile';

/** Any log or list the offices have: XML (a log, RSS, Atom, a sitemap) when it starts with `<`, else CSV/TSV. */
export function readLogFile(bytes: Uint8Array, fileName: string, mapping: SourceMapping | null): ReadLog {
  const text = decodeLog(bytes, fileName);
  return /^\s*</.test(text) ? readXml(text, fileName, mapping) : readDelimited(text, fileName, mapping);
}
