import type { Item } from '../../../shared/domain/types';

/** A TV segment of task 05 planned for 05/05/2020, with every field set; `over` changes what a test is about. */
export function sampleItem(over: Partial<Item>): Item {
  return {
    id: 'i1',
    orgId: 'o1',
    seriesId: null,
    kind: 'segment',
    outlet: 'tv',
    title: 'Chuyên mục Cải cách hành chính',
    description: '',
    topics: ['một cửa'],
    taskIds: ['t05'],
    plannedDate: '2020-05-05',
    plannedTime: '19:45',
    durationMin: 15,
    editor: 'Nguyễn Văn An',
    producer: 'Đỗ Thị Hoa',
    notes: '',
    status: 'planned',
    statusReason: null,
    done: null,
    createdAt: '2020-01-01T00:00:00.000Z',
    updatedAt: '2020-01-01T00:00:00.000Z',
    ...over,
  };
}
