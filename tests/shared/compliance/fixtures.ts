import type { Cadence, CadenceWindow, Item, ItemStatus, Plan, PlanTask } from '../../../shared/domain/types';
import { monthEnd, monthStart } from '../../../shared/domain/dates';

export const plan: Plan = {
  id: 'plan-259',
  orgId: 'org-1',
  issuer: 'UBND tỉnh Hải Dương',
  number: '259/KH-UBND',
  date: '2020-01-31',
  year: 2020,
  title: 'Kế hoạch tuyên truyền cải cách hành chính năm 2020',
  basedOn: [],
};

export function task(code: string, cadence: Cadence, extra: Partial<PlanTask> = {}): PlanTask {
  return {
    id: `task-${code}`,
    planId: plan.id,
    code,
    title: `Nhiệm vụ ${code}`,
    product: 'Sản phẩm',
    leads: [],
    partners: [],
    timeframe: '',
    cadence,
    cadenceOverridden: false,
    sortOrder: Number(code),
    ...extra,
  };
}

export function monthly(year: number, count = 1, months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]): Cadence {
  return { kind: 'windows', windows: months.map((m) => ({ from: monthStart(year, m), to: monthEnd(year, m), count })) };
}

export function windows(...ws: CadenceWindow[]): Cadence {
  return { kind: 'windows', windows: ws };
}

let seq = 0;
export interface ItemSpec {
  id?: string;
  tasks: string[];
  planned: string;
  status?: ItemStatus;
  doneAt?: string;
  kind?: Item['kind'];
  outlet?: Item['outlet'];
  time?: string | null;
}

export function item(spec: ItemSpec): Item {
  seq += 1;
  const status = spec.status ?? (spec.doneAt ? 'done' : 'planned');
  return {
    id: spec.id ?? `item-${String(seq).padStart(5, '0')}`,
    orgId: 'org-1',
    seriesId: null,
    kind: spec.kind ?? 'segment',
    outlet: spec.outlet ?? 'tv',
    title: 'Kỳ phát sóng',
    description: '',
    topics: [],
    taskIds: spec.tasks,
    plannedDate: spec.planned,
    plannedTime: spec.time ?? null,
    durationMin: null,
    editor: null,
    producer: null,
    notes: '',
    status,
    statusReason: null,
    done:
      status === 'done' && spec.doneAt
        ? {
            at: spec.doneAt,
            time: spec.time ?? null,
            durationMin: null,
            slot: null,
            issueNo: null,
            page: null,
            link: null,
            evidenceFile: null,
            evidenceSha256: null,
            markedBy: null,
            markedAt: `${spec.doneAt}T12:00:00.000Z`,
          }
        : null,
    createdAt: '2020-01-01T00:00:00.000Z',
    updatedAt: '2020-01-01T00:00:00.000Z',
  };
}
