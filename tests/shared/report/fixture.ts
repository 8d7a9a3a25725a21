import { computeCompliance } from '../../../shared/domain/compliance';
import type { ComplianceReport } from '../../../shared/domain/compliance-types';
import { monthEnd, monthStart } from '../../../shared/domain/dates';
import { DEFAULT_REPORT_SETTINGS, buildReportDocument, defaultReportTexts, type ReportDocument, type ReportSettings } from '../../../shared/domain/report';
import type { Cadence, Item, ItemKind, ItemStatus, Outlet, Plan, PlanTask } from '../../../shared/domain/types';
import { plan as compliancePlan } from '../compliance/fixtures';

/** A slice of Kế hoạch 259/KH-UBND with items that exercise every branch a report prints. */
export const plan: Plan = { ...compliancePlan, title: 'Tuyên truyền cải cách hành chính tỉnh Hải Dương năm 2020' };

const monthly: Cadence = {
  kind: 'windows',
  windows: Array.from({ length: 12 }, (_, i) => ({ from: monthStart(2020, i + 1), to: monthEnd(2020, i + 1), count: 1 })),
};

function task(code: string, title: string, product: string, leads: string[], cadence: Cadence): PlanTask {
  return {
    id: `task-${code}`,
    planId: plan.id,
    code,
    title,
    product,
    leads,
    partners: [],
    timeframe: '',
    cadence,
    cadenceOverridden: false,
    sortOrder: Number(code),
  };
}

const tasks: PlanTask[] = [
  task('02', 'Tuyên truyền trên báo về áp dụng Hệ thống Quản lý chất lượng vào các cơ quan hành chính nhà nước', 'Bài viết', ['Sở Khoa học và Công nghệ'], {
    kind: 'windows',
    windows: [{ from: '2020-05-01', to: '2020-05-31', count: 1 }],
  }),
  task('03', 'Tổ chức Tọa đàm về cải cách hành chính', 'Cuộc tọa đàm', ['Sở Nội vụ'], {
    kind: 'windows',
    windows: [{ from: '2020-09-01', to: '2020-10-31', count: 1 }],
  }),
  task(
    '05',
    'Duy trì và nâng cao chất lượng chuyên mục Cải cách hành chính trên sóng phát thanh và truyền hình tỉnh',
    'Các chuyên mục',
    ['Đài Phát thanh và Truyền hình tỉnh'],
    monthly,
  ),
  task('06', 'Đăng các bài viết, thông tin hoạt động cải cách hành chính trên Báo Hải Dương', 'Bài viết, thông tin', ['Sở Nội vụ', 'Báo Hải Dương'], monthly),
  task('07', 'Tuyên truyền, phổ biến các văn bản pháp luật mới ban hành', 'Kế hoạch', ['Sở Tư pháp'], { kind: 'ongoing' }),
];

interface Spec {
  id: string;
  tasks: string[];
  planned: string;
  title: string;
  kind?: ItemKind;
  outlet?: Outlet;
  status?: ItemStatus;
  doneAt?: string;
  time?: string;
  issueNo?: string;
  page?: string;
  reason?: string;
  notes?: string;
}

function item(s: Spec): Item {
  const status = s.status ?? (s.doneAt ? 'done' : 'planned');
  return {
    id: s.id,
    orgId: 'org-1',
    seriesId: null,
    kind: s.kind ?? 'segment',
    outlet: s.outlet ?? 'tv',
    title: s.title,
    description: `Mô tả của ${s.title}`,
    topics: ['CCHC', 'một cửa'],
    taskIds: s.tasks.map((c) => `task-${c}`),
    plannedDate: s.planned,
    plannedTime: s.time ?? null,
    durationMin: s.outlet === 'print' ? null : 15,
    editor: 'Nguyễn Thị Hương',
    producer: 'Trần Văn Đức',
    notes: s.notes ?? '',
    status,
    statusReason: s.reason ?? null,
    done: s.doneAt
      ? {
          at: s.doneAt,
          time: s.time ?? null,
          durationMin: s.outlet === 'print' ? null : 15,
          slot: s.outlet === 'print' ? null : 'Thời sự tối',
          issueNo: s.issueNo ?? null,
          page: s.page ?? null,
          link: null,
          evidenceFile: null,
          evidenceSha256: null,
          markedBy: 'Nguyễn Thị Hương',
          markedAt: `${s.doneAt}T13:00:00.000Z`,
        }
      : null,
    createdAt: '2020-01-05T02:00:00.000Z',
    updatedAt: '2020-01-05T02:00:00.000Z',
  };
}

export const items: Item[] = [
  item({ id: 'i-05-05', tasks: ['05'], planned: '2020-05-20', doneAt: '2020-05-20', time: '19:45', title: 'Chuyên mục CCHC tháng 5: “Một cửa” ở cấp xã' }),
  item({ id: 'i-05-06', tasks: ['05'], planned: '2020-06-24', doneAt: '2020-06-24', time: '19:45', title: 'Chuyên mục CCHC tháng 6, dịch vụ công trực tuyến' }),
  item({ id: 'i-05-07', tasks: ['05'], planned: '2020-07-25', doneAt: '2020-08-02', time: '19:45', title: 'Chuyên mục CCHC tháng 7' }),
  item({ id: 'i-05-08x', tasks: ['05'], planned: '2020-08-26', status: 'cancelled', reason: 'Trùng lịch phát sóng sự kiện', title: 'Chuyên mục CCHC tháng 8' }),
  item({
    id: 'i-02',
    tasks: ['02', '06'],
    kind: 'article',
    outlet: 'print',
    planned: '2020-05-20',
    doneAt: '2020-06-10',
    issueNo: '1234',
    page: '3',
    title: 'Áp dụng ISO 9001:2015 trong cơ quan hành chính',
  }),
  item({
    id: 'i-06-05',
    tasks: ['06'],
    kind: 'article',
    outlet: 'print',
    planned: '2020-05-28',
    doneAt: '2020-05-28',
    issueNo: '1230',
    page: '2',
    title: 'Bài viết có dấu "ngoặc kép", dấu phẩy\nvà xuống dòng',
  }),
  item({
    id: 'i-06-07',
    tasks: ['06'],
    kind: 'article',
    outlet: 'online',
    planned: '2020-07-15',
    doneAt: '2020-07-15',
    title: 'Cổng dịch vụ công: người dân hài lòng',
  }),
  item({
    id: 'i-03',
    tasks: ['03'],
    kind: 'talkshow',
    outlet: 'tv',
    planned: '2020-10-15',
    doneAt: '2020-10-15',
    time: '20:00',
    title: 'Tọa đàm: Chính quyền điện tử',
  }),
  item({
    id: 'i-07-a',
    tasks: ['07'],
    kind: 'news',
    outlet: 'radio',
    planned: '2020-06-03',
    doneAt: '2020-06-03',
    time: '06:00',
    title: 'Tin: Luật mới có hiệu lực từ 01/7',
  }),
  item({ id: 'i-05-12', tasks: ['05'], planned: '2020-12-20', title: 'Chuyên mục CCHC tháng 12' }),
];

export const settings: ReportSettings = { ...DEFAULT_REPORT_SETTINGS, signerName: 'Nguyễn Văn Thắng' };

export function compliance(from = '2020-01-01', to = '2020-12-31', asOf = '2020-11-15'): ComplianceReport {
  return computeCompliance({ plan, tasks, items, from, to, asOf });
}

export function sampleDocument(overrides: { from?: string; to?: string; asOf?: string; reportDate?: string } = {}): ReportDocument {
  const report = compliance(overrides.from, overrides.to, overrides.asOf);
  return buildReportDocument({
    compliance: report,
    plan,
    items,
    settings,
    texts: { ...defaultReportTexts(plan), assessment: '1. Ưu điểm: các chuyên mục phát sóng đều đặn.\n2. Hạn chế: tháng 8 chưa phát sóng.' },
    reportDate: overrides.reportDate ?? '2020-11-16',
    number: '12',
  });
}
