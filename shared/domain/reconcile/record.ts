import { RECONCILE_MAX_CELL_CHARS } from './limits';
import { clockToLocalTime, parseClock, parseDuration, splitDateTime, type DurationUnit } from './times';
import type { LogField, LogLine } from './types';

export interface RecordOptions {
  durationUnit: DurationUnit;
  fps: number;
}

export type RecordResult = { ok: true; line: LogLine } | { ok: false; message: string } | { ok: 'skip' };

const clean = (s: string | undefined): string => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
const orNull = (s: string | undefined): string | null => clean(s) || null;

/**
 * One record (a row's cells, or an XML element's values, by field) to a log line. A record with no title and
 * no date is a blank or a sub-total and is skipped; anything else that cannot be read is refused with a
 * Vietnamese message naming the line and the value.
 */
export function recordToLine(values: Partial<Record<LogField, string>>, line: number, opts: RecordOptions): RecordResult {
  const title = clean(values.title);
  const dateText = clean(values.date);
  const startText = clean(values.start);
  if (!title && !dateText && !startText) return { ok: 'skip' };
  for (const [field, v] of Object.entries(values)) {
    if ((v ?? '').length > RECONCILE_MAX_CELL_CHARS)
      return { ok: false, message: `Dòng ${line}: ô "${field}" dài quá ${RECONCILE_MAX_CELL_CHARS} ký tự, không phải một dòng nhật ký.` };
  }
  if (!title) return { ok: false, message: `Dòng ${line}: thiếu tên chương trình / tiêu đề.` };

  let date: string | null = null;
  let clock: string | null = startText || null;
  if (dateText) {
    const split = splitDateTime(dateText);
    date = split.date;
    if (!clock && split.rest) clock = split.rest;
  }
  if (startText) {
    const split = splitDateTime(startText);
    if (split.date) {
      date = date ?? split.date;
      clock = split.rest;
    }
  }
  if (!date) {
    return dateText
      ? { ok: false, message: `Dòng ${line}: ngày "${dateText}" không đọc được (dạng dd/MM/yyyy hoặc yyyy-MM-dd).` }
      : { ok: false, message: `Dòng ${line}: thiếu ngày phát sóng / ngày đăng.` };
  }
  let time: string | null = null;
  if (clock) {
    const s = parseClock(clock);
    if (s === null) return { ok: false, message: `Dòng ${line}: giờ "${clock}" không đọc được (dạng HH:mm:ss hoặc HH:mm:ss:ff).` };
    time = clockToLocalTime(s);
  }
  let durationSec: number | null = null;
  const dur = clean(values.duration);
  if (dur) {
    durationSec = parseDuration(dur, opts.durationUnit, opts.fps);
    if (durationSec === null) return { ok: false, message: `Dòng ${line}: thời lượng "${dur}" không đọc được (dạng mm:ss, HH:mm:ss:ff hoặc số khung hình).` };
  }
  return {
    ok: true,
    line: {
      line,
      date,
      time,
      durationSec,
      title: title.slice(0, 300),
      channel: orNull(values.channel),
      houseId: orNull(values.houseId),
      issueNo: orNull(values.issueNo)?.slice(0, 50) ?? null,
      page: orNull(values.page)?.slice(0, 50) ?? null,
      author: orNull(values.author),
      link: orNull(values.link),
    },
  };
}
