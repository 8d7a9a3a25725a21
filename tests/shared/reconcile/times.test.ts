import { describe, expect, it } from 'vitest';
import { feedInstantToVietnam, fieldOfHeader, findHeaderRow, parseClock, parseDuration, parseLogDate, recordToLine } from '../../../shared/domain/reconcile';

describe('reading times, durations and headers of as-run logs', () => {
  it('clock times HH:mm:ss and HH:mm:ss:ff; 19h30', () => {
    expect(parseClock('20:00:00:12')).toBe(72_000);
    expect(parseClock('06:30:05')).toBe(23_405);
    expect(parseClock('19h30')).toBe(70_200);
    expect(parseClock('24:10:00')).toBeNull();
    expect(parseClock('abc')).toBeNull();
  });

  it('durations mm:ss, HH:mm:ss:ff, frames', () => {
    expect(parseDuration('14:58', 'minutes')).toBe(898);
    expect(parseDuration('00:14:58:12', 'minutes')).toBe(898);
    expect(parseDuration('22500', 'frames', 25)).toBe(900);
    expect(parseDuration('15', 'minutes')).toBe(900);
    expect(parseDuration('1:75', 'minutes')).toBeNull();
  });

  it('dates as the offices write them; feed instants in Vietnam time (crossing midnight)', () => {
    expect(parseLogDate('05/10/2026')).toBe('2026-10-05');
    expect(parseLogDate('2026-10-05')).toBe('2026-10-05');
    expect(parseLogDate('31/02/2026')).toBeNull();
    expect(feedInstantToVietnam('Thu, 08 Oct 2026 17:30:00 +0000')).toEqual({ date: '2026-10-09', time: '00:30' });
    expect(feedInstantToVietnam('2026-10-20T09:00:00+07:00')).toEqual({ date: '2026-10-20', time: '09:00' });
    expect(feedInstantToVietnam('2026-10-20T20:00:00Z')).toEqual({ date: '2026-10-21', time: '03:00' });
    expect(feedInstantToVietnam('hôm qua')).toBeNull();
  });

  it('headers in Vietnamese and English', () => {
    for (const [h, f] of [
      ['Ngày', 'date'],
      ['Date', 'date'],
      ['Giờ bắt đầu', 'start'],
      ['Start', 'start'],
      ['Thời lượng (hh:mm:ss:ff)', 'duration'],
      ['Tên chương trình', 'title'],
      ['TIÊU ĐỀ', 'title'],
      ['Kênh', 'channel'],
      ['Số báo', 'issueNo'],
      ['Trang', 'page'],
      ['Đường dẫn', 'link'],
      ['URL', 'link'],
    ] as const)
      expect(fieldOfHeader(h)).toBe(f);
    expect(fieldOfHeader('Tên người dẫn')).toBeNull();
    expect(findHeaderRow([['Nhật ký phát sóng tháng 10'], ['Ngày', 'Giờ', 'Tên chương trình', 'Thời lượng']])).toEqual({
      rowIndex: 1,
      columns: { date: 0, start: 1, title: 2, duration: 3 },
    });
    expect(findHeaderRow([['Ngày', 'Kênh']])).toBeNull();
  });

  it('a record: Vietnamese messages that name the line and the value', () => {
    const opts = { durationUnit: 'minutes' as const, fps: 25 };
    expect(recordToLine({ date: '32/10/2026', title: 'A' }, 7, opts)).toEqual({
      ok: false,
      message: 'Dòng 7: ngày "32/10/2026" không đọc được (dạng dd/MM/yyyy hoặc yyyy-MM-dd).',
    });
    expect(recordToLine({ date: '01/10/2026', start: '25:00', title: 'A' }, 8, opts)).toMatchObject({
      ok: false,
      message: expect.stringContaining('Dòng 8: giờ "25:00"'),
    });
    expect(recordToLine({ date: '01/10/2026', title: '' }, 9, opts)).toMatchObject({ ok: false, message: 'Dòng 9: thiếu tên chương trình / tiêu đề.' });
    expect(recordToLine({ date: '', title: '' }, 10, opts)).toEqual({ ok: 'skip' });
    expect(recordToLine({ date: '01/10/2026 19:45:00', title: 'Chính quyền số' }, 11, opts)).toMatchObject({
      ok: true,
      line: { date: '2026-10-01', time: '19:45' },
    });
  });
});
