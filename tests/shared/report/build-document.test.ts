import { describe, expect, it } from 'vitest';
import { buildReportDocument, DEFAULT_REPORT_SETTINGS, EMPTY_REPORT_TEXTS } from '../../../shared/domain/report';
import { compliance, items, plan, sampleDocument, settings } from './fixture';

describe('buildReportDocument', () => {
  const doc = sampleDocument();

  it('fills the header from the settings and the date in words', () => {
    expect(doc.header.parentBody).toBe(DEFAULT_REPORT_SETTINGS.parentBody);
    expect(doc.header.issuingBody).toBe(DEFAULT_REPORT_SETTINGS.issuingBody);
    expect(doc.header.numberLine).toBe('Số: 12/BC-PTTH');
    expect(doc.header.placeDate).toBe('Hải Dương, ngày 16 tháng 11 năm 2020');
    expect(doc.header.motto).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
    expect(doc.title).toBe('BÁO CÁO');
    expect(doc.subject).toBe('Kết quả thực hiện Kế hoạch số 259/KH-UBND ngày 31/01/2020 của UBND tỉnh Hải Dương năm 2020');
  });

  it('prints only agency names that come from settings or data', () => {
    const blank = buildReportDocument({
      compliance: compliance(),
      plan,
      items,
      settings: { ...settings, parentBody: 'SỞ X', issuingBody: 'CƠ QUAN Y', issuingAbbr: 'Y', place: 'Nơi Z', recipients: ['Nơi A;'], archive: 'VT' },
      texts: EMPTY_REPORT_TEXTS,
      reportDate: '2021-01-05',
    });
    const text = JSON.stringify({ h: blank.header, r: blank.recipients, s: blank.signer, c: blank.closing });
    expect(text).not.toContain('HẢI DƯƠNG');
    expect(text).not.toContain('PTTH');
    expect(blank.header.placeDate).toBe('Nơi Z, ngày 05 tháng 01 năm 2021');
    expect(blank.recipients.lines).toEqual(['- Nơi A;', '- Lưu: VT.']);
  });

  it('lays out sections I–V in order, the editor text as paragraphs', () => {
    expect(doc.sections.map((s) => s.heading.split('.')[0])).toEqual(['I', 'II', 'III', 'IV', 'V']);
    expect(doc.sections[2]!.paragraphs).toEqual(['1. Ưu điểm: các chuyên mục phát sóng đều đặn.', '2. Hạn chế: tháng 8 chưa phát sóng.']);
  });

  it('takes every number of the results table from the compliance report', () => {
    const report = compliance();
    for (const row of doc.results.rows) {
      const t = report.tasks.find((x) => x.taskId === row.taskId)!;
      expect([row.required, row.onTime, row.late, row.missing, row.notYetDue, row.extra]).toEqual([
        t.counts.required,
        t.counts.onTime,
        t.counts.late,
        t.counts.missing,
        t.counts.notYetDue,
        t.counts.extra,
      ]);
    }
    expect(doc.results.totals.required).toBe(report.tasks.reduce((n, t) => n + (t.counts.required ?? 0), 0));
  });

  it('lists done items of windowed tasks consistently with the counts (on time vs late)', () => {
    for (const row of doc.results.rows.filter((r) => r.requiredText === null)) {
      // Every done item is on time, late or beyond what was asked (extra), once.
      expect(row.items.length).toBe(row.onTime + row.late + row.extra);
      expect(row.items.filter((i) => i.timeliness === 'late').length).toBeGreaterThanOrEqual(row.late);
    }
  });

  it('applies the worked examples: July episode done 02/08 is late, the May article done 10/06 is late', () => {
    const t05 = doc.results.rows.find((r) => r.code === '05')!;
    const july = t05.items.find((i) => i.itemId === 'i-05-07')!;
    expect(july.timeliness).toBe('late');
    expect(july.text).toBe('02/08/2020 – Chuyên mục “Chuyên mục CCHC tháng 7”, Truyền hình, 19:45 (Thời sự tối) (trễ hạn)');
    const t02 = doc.results.rows.find((r) => r.code === '02')!;
    expect(t02.items.map((i) => [i.itemId, i.timeliness, i.channel])).toEqual([['i-02', 'late', 'Báo in số 1234, trang 3']]);
  });

  it('lists shortfalls with the reason of a cancelled item', () => {
    const line = doc.results.shortfalls.find((l) => l.startsWith('Nhiệm vụ 05'))!;
    expect(line).toContain('tháng 8: chưa thực hiện (0/1)');
    expect(line).toContain('“Chuyên mục CCHC tháng 8” đã hủy – Trùng lịch phát sóng sự kiện');
  });

  it('has one detail row per item of the period, an item of two tasks once, cancelled ones included', () => {
    expect(doc.detail.map((r) => r.id).sort()).toEqual(items.map((i) => i.id).sort());
    const shared = doc.detail.find((r) => r.id === 'i-02')!;
    expect(shared.taskCodes).toBe('02, 06');
    expect(shared.timelinessLabel).toBe('Trễ hạn');
    expect(doc.detail.find((r) => r.id === 'i-05-08x')!.timeliness).toBeNull();
    expect(doc.detail.find((r) => r.id === 'i-05-12')!.timelinessLabel).toBe('Chưa thực hiện');
  });

  it('narrows the detail to the period', () => {
    const may = sampleDocument({ from: '2020-05-01', to: '2020-05-31', asOf: '2020-06-30' });
    expect(may.period.label).toBe('tháng 5 năm 2020');
    expect(may.detail.map((r) => r.id).sort()).toEqual(['i-02', 'i-05-05', 'i-06-05']);
    expect(may.results.intro.join(' ')).toContain('Các nhiệm vụ 03 không có yêu cầu thực hiện trong kỳ.');
  });

  it('builds the month matrix from the compliance engine', () => {
    expect(doc.matrix.columns).toHaveLength(12);
    const t05 = doc.matrix.rows.find((r) => r.code === '05')!;
    expect(t05.cells.find((c) => c.col === 6)!.text).toBe('Trễ hạn: 1/1 (1 trễ)');
    expect(t05.cells.find((c) => c.col === 7)!.text).toBe('Chưa thực hiện: 0/1');
    const t03 = doc.matrix.rows.find((r) => r.code === '03')!;
    expect(t03.cells.find((c) => c.col === 8)!.span).toBe(2);
  });

  it('lists amendments to closed months after the shortfalls', () => {
    const d = buildReportDocument({
      compliance: compliance(),
      plan,
      items,
      settings,
      texts: EMPTY_REPORT_TEXTS,
      reportDate: '2020-11-16',
      amendments: [
        {
          month: '2020-07',
          itemId: 'i-05-07',
          itemTitle: 'Chuyên mục CCHC tháng 7',
          changedAt: '2020-08-02T12:00:00.000Z',
          actor: 'Hương',
          groups: ['done'],
          summary: 'Đánh dấu đã phát sóng 02/08/2020',
        },
      ],
    });
    expect(d.results.amendmentHeading).toBe('Điều chỉnh số liệu của các tháng đã báo cáo:');
    expect(d.results.amendments).toEqual(['Tháng 07/2020: “Chuyên mục CCHC tháng 7” – Đánh dấu đã phát sóng 02/08/2020 (Hương).']);
    expect(doc.results.amendments).toEqual([]);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(sampleDocument())).toBe(JSON.stringify(doc));
  });

  it('warns when the signer name is missing', () => {
    const d = buildReportDocument({
      compliance: compliance(),
      plan,
      items,
      settings: DEFAULT_REPORT_SETTINGS,
      texts: EMPTY_REPORT_TEXTS,
      reportDate: '2020-11-16',
    });
    expect(d.warnings).toContain('Chưa nhập họ tên người ký (Thiết lập › Báo cáo).');
    expect(d.header.numberLine).toMatch(/^Số: \u00a0+\/BC-PTTH$/);
  });
});
