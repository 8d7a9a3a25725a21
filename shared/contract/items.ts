import { z } from 'zod';
import { command, query } from './define';
import { httpUrl, id, isoDate, localTime, requiredText, text } from './fields';
import { ITEM_STATUSES } from '../domain/types';
import type { IsoDate, Item, Timestamp } from '../domain/types';
import type { Holiday } from '../domain/schedule/holidays';
import type { ItemFilter } from '../domain/schedule/search';
import { kind, outlet, seriesChannels } from './series';

/** An item as the screens and the CLI see it. */
export interface ScheduleItem extends Item {
  /** For a series episode: the date its rule gives it (its identity within the series). */
  occurrence: IsoDate | null;
  /** Codes of the plan tasks it serves ("05"), in task order, for display and the CLI. */
  taskCodes: string[];
}

/** One field's change in an item's history, derived from the change log. */
export interface HistoryEntry {
  at: Timestamp;
  actor: string | null;
  field: string;
  /** Vietnamese label of the field. */
  label: string;
  from: string | null;
  to: string | null;
}

export interface SavedFilter {
  id: string;
  name: string;
  filter: ItemFilter;
}

/** A plan task an item can serve (for pickers). */
export interface TaskOption {
  id: string;
  code: string;
  title: string;
  plan: string;
}

/** An organisation that has items in the schedule (for the "Đơn vị" filter and read-only notes). */
export interface ItemOrg {
  id: string;
  /** Null until the organisation's own row has arrived by sync. */
  name: string | null;
  shortName: string | null;
  /** How many items it has (any date, any status). */
  items: number;
}

export interface MyItems {
  person: string | null;
  overdue: ScheduleItem[];
  thisWeek: ScheduleItem[];
}

const status = z.enum(ITEM_STATUSES, { error: 'Trạng thái phải là planned, in_production, ready, done, postponed hoặc cancelled.' });
const person = text(100).nullable().optional();
const duration = z
  .number({ error: 'Thời lượng phải là số phút.' })
  .int({ error: 'Thời lượng phải là số phút nguyên.' })
  .min(1, { error: 'Thời lượng phải lớn hơn 0.' })
  .max(1440);

export const filterSchema = z
  .object({
    text: text(200).optional(),
    outlets: z.array(outlet).optional(),
    kinds: z.array(kind).optional(),
    statuses: z.array(status).optional(),
    taskIds: z.array(id).optional(),
    noTask: z.boolean().optional(),
    person: text(100).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    /** An unknown organisation is no error: it simply has no items. */
    orgIds: z.array(id).max(50).optional(),
  })
  .strict();

const content = {
  title: requiredText(300),
  description: text(5000).optional(),
  topics: z.array(text(100)).max(30).optional(),
  taskIds: z.array(id).max(20).optional(),
  plannedTime: localTime.nullable().optional(),
  durationMin: duration.nullable().optional(),
  editor: person,
  producer: person,
  notes: text(5000).optional(),
};

/**
 * The evidence file's bytes. IMPORTANT: never a path: a path would let any caller of the browser host copy
 * (and then download) any file of this computer. The CLI reads the file itself and sends its bytes.
 */
const upload = z
  .object({ fileName: requiredText(255), contentBase64: z.string().max(40_000_000, { error: 'Tệp minh chứng quá lớn (tối đa 30 MB).' }) })
  .strict();

export const itemsContract = {
  'items:list': query<ScheduleItem[]>()(
    z.object({ filter: filterSchema.optional(), planId: id.optional(), limit: z.number().int().min(1).max(100_000).optional() }).strict(),
  ),
  'items:get': query<ScheduleItem>()(z.object({ id }).strict()),
  'items:history': query<HistoryEntry[]>()(z.object({ id }).strict()),
  'items:mine': query<MyItems>()(z.object({}).strict()),
  'items:orgs': query<ItemOrg[]>()(z.object({}).strict()),
  /** Names known as editors or producers (and this computer's users), for the pickers; free text stays allowed. */
  'items:people': query<string[]>()(z.object({}).strict()),
  'items:create': command<ScheduleItem>()(z.object({ kind, outlet, plannedDate: isoDate, ...content }).strict()),
  'items:update': command<{ updated: string[] }>()(
    z
      .object({
        id,
        /** For a series episode: this one, this and following, or every open episode. */
        scope: z.enum(['this', 'following', 'all']).default('this'),
        /** A new plannedDate moves this episode only (the same rules as a drag), in the same transaction as the rest. */
        patch: z
          .object({ kind: kind.optional(), outlet: outlet.optional(), ...content, title: requiredText(300).optional(), plannedDate: isoDate.optional() })
          .strict(),
      })
      .strict(),
  ),
  /** Drag on the calendar: a new planned date (a series episode keeps its identity). */
  'items:move': command<ScheduleItem>()(z.object({ id, date: isoDate }).strict()),
  'items:setStatus': command<ScheduleItem>()(
    z
      .object({
        id,
        status: z.enum(['planned', 'in_production', 'ready', 'postponed', 'cancelled'], {
          error: 'Trạng thái phải là planned, in_production, ready, postponed hoặc cancelled (dùng "đánh dấu đã phát sóng/đã đăng" cho done).',
        }),
        reason: text(1000).optional(),
        date: isoDate.optional(),
      })
      .strict(),
  ),
  'items:markDone': command<ScheduleItem>()(
    z
      .object({
        id,
        at: isoDate,
        time: localTime.nullable().optional(),
        durationMin: duration.nullable().optional(),
        slot: text(200).nullable().optional(),
        issueNo: text(50).nullable().optional(),
        page: text(50).nullable().optional(),
        link: httpUrl.nullable().optional(),
        evidence: upload.optional(),
        by: text(100).optional(),
      })
      .strict(),
  ),
  'items:delete': command<{ deleted: true }>()(z.object({ id }).strict()),
  'holidays:list': query<Holiday[]>()(z.object({ from: isoDate, to: isoDate }).strict()),
  'holidays:save': command<Holiday[]>()(
    z
      .object({
        add: z
          .array(z.object({ date: isoDate, name: requiredText(200) }).strict())
          .max(500)
          .default([]),
        remove: z
          .array(z.object({ date: isoDate, name: z.string().max(200) }).strict())
          .max(500)
          .default([]),
      })
      .strict(),
  ),
  'items:taskOptions': query<TaskOption[]>()(z.object({}).strict()),
  'topics:list': query<string[]>()(z.object({}).strict()),
  'topics:save': command<string[]>()(
    z.object({ add: z.array(requiredText(100)).max(100).default([]), remove: z.array(z.string().max(100)).max(100).default([]) }).strict(),
  ),
  'filters:list': query<SavedFilter[]>()(z.object({}).strict()),
  'filters:save': command<SavedFilter>()(z.object({ name: requiredText(100), filter: filterSchema }).strict()),
  'filters:delete': command<{ deleted: true }>()(z.object({ id }).strict()),
  ...seriesChannels,
};
