import { registerTranslations } from '../../../i18n';

/** The words of the Home Affairs view (Đồng bộ → Xem song song các đơn vị). Vietnamese is the reference. */
registerTranslations('overview', {
  vi: {
    title: 'Các đơn vị so với kế hoạch, xem song song',
    intro: 'Mỗi bảng chỉ tính các mục do đơn vị đó lập. Số liệu của đơn vị khác chỉ để xem; muốn sửa, đơn vị đó sửa rồi gửi tệp đồng bộ.',
    noPlan: 'Chưa có kế hoạch nào — nhập kế hoạch hoặc dùng kế hoạch mẫu 259/KH-UBND, rồi đồng bộ với Đài và Báo.',
    openPlans: 'Mở Kế hoạch',
    noOrgs: 'Chưa có dữ liệu của đơn vị nào. Hãy chọn thư mục đồng bộ và bấm “Đồng bộ ngay” để nhận tệp của Đài và Báo.',
    chooseOrg: 'Chọn đơn vị để xem',
    own: 'Đơn vị của máy này',
    readOnly: 'Chỉ xem',
    matrixCaption: '{{org}}: số đã thực hiện / số yêu cầu theo {{unit}}',
    totals: 'Trong kỳ: {{planned}} mục, {{done}} đã thực hiện, {{cancelled}} hủy.',
    fresh: {
      own: 'Dữ liệu nhập trên chính máy này.',
      fresh: 'Dữ liệu đến {{change}} — tệp nhận lúc {{file}}.',
      freshNoChange: 'Tệp cuối nhận lúc {{file}}.',
      stale:
        'Đã {{days}} ngày chưa nhận tệp mới từ đơn vị này (dữ liệu đến {{change}}, tệp nhận lúc {{file}}). Số liệu có thể đã cũ — hãy bấm “Đồng bộ ngay” hoặc nhắc đơn vị gửi tệp.',
      never: 'Chưa nhận tệp nào từ đơn vị này, nên chưa có số liệu. Hãy đồng bộ; nếu máy của đơn vị đang chờ chấp nhận, xem thẻ “Tình trạng”.',
      neverRelayed:
        'Dữ liệu đến {{change}}, nhận qua máy khác — chưa nhận tệp nào trực tiếp từ đơn vị này, nên số liệu có thể thiếu. Hãy đồng bộ; nếu máy của đơn vị đang chờ chấp nhận, xem thẻ “Tình trạng”.',
      tabFresh: 'mới',
      tabStale: 'cũ {{days}} ngày',
      tabNever: 'chưa nhận tệp',
    },
    warn: 'Cảnh báo',
    schedule: 'Lịch của đơn vị trong kỳ ({{n}} mục) — chỉ xem',
    scheduleEmpty: 'Đơn vị chưa có mục nào trong kỳ này.',
    scheduleCut: 'Chỉ hiện {{shown}} mục đầu tiên.',
    openSchedule: 'Mở lịch của đơn vị này',
  },
  en: {
    title: 'Organisations against the plan, side by side',
    intro: "Each matrix counts only that organisation's items. Other organisations' data is read only; they change it and send a sync file.",
    noPlan: 'No plan yet — import a plan or use the sample plan 259/KH-UBND, then sync with the station and the newspaper.',
    openPlans: 'Open Plans',
    noOrgs: 'No organisation data yet. Choose a sync folder and press “Sync now” to receive the station’s and the newspaper’s files.',
    chooseOrg: 'Choose the organisation to view',
    own: "This computer's organisation",
    readOnly: 'Read only',
    matrixCaption: '{{org}}: done / required by {{unit}}',
    totals: 'In the period: {{planned}} items, {{done}} done, {{cancelled}} cancelled.',
    fresh: {
      own: 'Data entered on this computer.',
      fresh: 'Data up to {{change}} — file received at {{file}}.',
      freshNoChange: 'Last file received at {{file}}.',
      stale:
        'No new file from this organisation for {{days}} days (data up to {{change}}, file received at {{file}}). The figures may be out of date — press “Sync now” or ask them to send a file.',
      never: 'No file received from this organisation yet, so there are no figures. Sync; if their computer is waiting to be accepted, see the “Status” tab.',
      neverRelayed:
        'Data up to {{change}}, received through another computer — no file directly from this organisation yet, so figures may be missing. Sync; if their computer is waiting to be accepted, see the “Status” tab.',
      tabFresh: 'up to date',
      tabStale: '{{days}} days old',
      tabNever: 'no file yet',
    },
    warn: 'Warning',
    schedule: "The organisation's schedule in the period ({{n}} items) — read only",
    scheduleEmpty: 'No items of this organisation in the period.',
    scheduleCut: 'Only the first {{shown}} items are shown.',
    openSchedule: "Open this organisation's schedule",
  },
});
