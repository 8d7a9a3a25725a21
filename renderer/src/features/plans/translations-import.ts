import { registerTranslations } from '../../i18n';

/** The words of the import preview's account of how a table was read (merged into the 'plans' namespace). */
registerTranslations('plans', {
  vi: {
    layout: {
      title: 'Cách đọc bảng',
      header: 'Hàng tiêu đề: dòng {{rows}}',
      columns: 'Cột đã nhận',
      kept: 'Cột giữ nguyên trong tệp, không đọc',
      ignored: 'Cột không nhận ra, bỏ qua',
      skipped: 'Dòng bỏ qua ({{n}})',
      reason: { numbering: 'hàng đánh số cột', repeated_header: 'hàng tiêu đề lặp lại', section: 'đề mục', prose: 'dòng chữ không thuộc bảng' },
      row: 'Dòng {{n}}',
      sections: 'Nhiệm vụ theo mục',
      noSection: '(không thuộc mục nào)',
      carried: 'Ô gộp: một giá trị cho cả nhóm dòng',
      carriedRow: '«{{value}}» ({{field}}) ghi ở dòng {{from}}, áp cho dòng {{rows}}',
      flagged: 'Thời gian chưa đọc được ({{n}}): chọn nhịp ngay, hoặc đặt sau ở trang Kế hoạch',
      quick: { none: 'Để sau', ongoing: 'Thường xuyên', month: 'Hằng tháng', quarter: 'Hằng quý', half: '6 tháng/lần', year: 'Hằng năm' },
      quickApplied: 'Đã đặt nhịp cho {{n}} nhiệm vụ.',
      yearTo: 'Năm cuối (kế hoạch nhiều năm)',
      years: 'Giai đoạn',
    },
  },
  en: {
    layout: {
      title: 'How the table was read',
      header: 'Header: row {{rows}}',
      columns: 'Columns read',
      kept: 'Columns kept in the file, not read',
      ignored: 'Columns not recognised, ignored',
      skipped: 'Rows skipped ({{n}})',
      reason: { numbering: 'column-number row', repeated_header: 'repeated header', section: 'section heading', prose: 'text outside the table' },
      row: 'Row {{n}}',
      sections: 'Tasks per section',
      noSection: '(no section)',
      carried: 'Merged cells: one value for a group of rows',
      carriedRow: '«{{value}}» ({{field}}) written in row {{from}}, applied to rows {{rows}}',
      flagged: 'Timeframes not read ({{n}}): choose a cadence now, or set it later on the plan page',
      quick: { none: 'Later', ongoing: 'Ongoing', month: 'Monthly', quarter: 'Quarterly', half: 'Every 6 months', year: 'Yearly' },
      quickApplied: 'Cadence set for {{n}} tasks.',
      yearTo: 'Last year (multi-year plan)',
      years: 'Period',
    },
  },
});
