import { registerTranslations } from '../../i18n';

/** Words of the schedule's organisation filter and of other organisations' (read-only) items. */
registerTranslations('schedule', {
  vi: {
    org: {
      label: 'Đơn vị',
      all: 'Tất cả',
      count: '{{name}} ({{n}} mục)',
      unnamed: 'đơn vị khác (chưa nhận tên)',
    },
    readOnly: {
      note: 'Chỉ xem — mục của {{org}}',
      hint: 'Chỉ {{org}} sửa, đổi trạng thái hay xóa được mục này; thay đổi của họ đến đây qua đồng bộ.',
      chip: '{{title}} — {{status}} · chỉ xem ({{org}})',
    },
  },
  en: {
    org: {
      label: 'Organisation',
      all: 'All',
      count: '{{name}} ({{n}} items)',
      unnamed: 'another organisation (name not received yet)',
    },
    readOnly: {
      note: 'View only — an item of {{org}}',
      hint: 'Only {{org}} can edit, change the status of or delete this item; their changes reach this computer by sync.',
      chip: '{{title}} — {{status}} · view only ({{org}})',
    },
  },
});
