import { registerTranslations } from '../../i18n';

registerTranslations('backup', {
  vi: {
    title: 'Sao lưu và khôi phục',
    intro: 'Ứng dụng tự sao lưu mỗi ngày một lần khi mở, trước mỗi lần nâng cấp và trước mỗi lần khôi phục. Mỗi bản sao lưu đều được kiểm tra toàn vẹn.',
    policy:
      'Giữ bản mới nhất của {{daily}} ngày, {{weekly}} tuần và {{monthly}} tháng gần nhất; {{safety}} bản gần nhất của mỗi loại sao lưu thủ công, trước nâng cấp, trước khôi phục.',
    folder: 'Thư mục sao lưu',
    backupNow: 'Sao lưu ngay',
    backingUp: 'Đang sao lưu…',
    created: 'Đã sao lưu: {{name}}',
    none: 'Chưa có bản sao lưu nào.',
    col: { when: 'Thời điểm', kind: 'Loại', size: 'Dung lượng', actions: '' },
    kind: { auto: 'Tự động hằng ngày', manual: 'Thủ công', 'pre-restore': 'Trước khi khôi phục', 'pre-migration': 'Trước khi nâng cấp' },
    restore: 'Khôi phục…',
    confirmTitle: 'Khôi phục bản sao lưu ngày {{when}}?',
    confirmText:
      'Dữ liệu hiện tại sẽ được thay bằng bản sao lưu này. Dữ liệu hiện tại được sao lưu lại trước, nên bạn có thể hoàn tác bằng cách khôi phục bản "Trước khi khôi phục".',
    confirm: 'Khôi phục bản này',
    cancel: 'Hủy',
    restoring: 'Đang khôi phục…',
    restored: 'Đã khôi phục bản sao lưu. Dữ liệu trước đó được giữ ở {{previous}}.',
    dropped:
      'Có {{n}} thay đổi làm trên máy này sau thời điểm sao lưu không còn trong dữ liệu. Nếu chúng đã được ghi ra tệp đồng bộ, hãy nhập lại các tệp đó để lấy lại.',
    check: 'Kiểm tra dữ liệu',
    checking: 'Đang kiểm tra…',
    checkOk: 'Dữ liệu ổn: không phát hiện vấn đề nào.',
    checkProblems: 'Phát hiện {{n}} vấn đề. Hãy khôi phục từ một bản sao lưu hoặc báo cho bộ phận kỹ thuật (kèm kết quả "ltt check --json").',
  },
  en: {
    title: 'Backup and restore',
    intro: 'The app backs up once a day when it starts, before every upgrade and before every restore. Every backup is integrity-checked.',
    policy:
      'Keeps the newest backup of each of the last {{daily}} days, {{weekly}} weeks and {{monthly}} months; the {{safety}} newest manual, pre-upgrade and pre-restore backups.',
    folder: 'Backup folder',
    backupNow: 'Back up now',
    backingUp: 'Backing up…',
    created: 'Backed up: {{name}}',
    none: 'No backups yet.',
    col: { when: 'Taken', kind: 'Kind', size: 'Size', actions: '' },
    kind: { auto: 'Daily (automatic)', manual: 'Manual', 'pre-restore': 'Before a restore', 'pre-migration': 'Before an upgrade' },
    restore: 'Restore…',
    confirmTitle: 'Restore the backup of {{when}}?',
    confirmText: 'The current data will be replaced by this backup. It is backed up first, so you can undo by restoring the "Before a restore" backup.',
    confirm: 'Restore this backup',
    cancel: 'Cancel',
    restoring: 'Restoring…',
    restored: 'Backup restored. The previous data is kept in {{previous}}.',
    dropped:
      '{{n}} changes made on this computer after the backup are no longer in the data. If they were written to sync files, import those files again to get them back.',
    check: 'Check data',
    checking: 'Checking…',
    checkOk: 'Data is fine: no problems found.',
    checkProblems: '{{n}} problems found. Restore a backup or contact technical support (with the output of "ltt check --json").',
  },
});
