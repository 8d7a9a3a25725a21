import { z } from 'zod';
import { command, query } from './define';
import { id, isoDate, localTime, requiredText, text } from './fields';
import { ITEM_KINDS, OUTLETS } from '../domain/types';
import type { IsoDate, Item } from '../domain/types';
import type { Recurrence } from '../domain/schedule/recurrence';
import type { SeriesException } from '../domain/schedule/series';

/**
 * A regular column (e.g. "Chuyên mục CCHC" on TV, monthly) and the rule that generates its episodes: an episode's
 * content and people, once for all, with its recurrence, span and the exceptions to it.
 */
export interface Series extends Pick<
  Item,
  'id' | 'orgId' | 'kind' | 'outlet' | 'title' | 'description' | 'topics' | 'taskIds' | 'plannedTime' | 'durationMin' | 'editor' | 'producer' | 'notes'
> {
  recurrence: Recurrence;
  startDate: IsoDate;
  endDate: IsoDate | null;
  exceptions: SeriesException[];
}

const weekday = z.number().int().min(1, { error: 'Thứ trong tuần không hợp lệ.' }).max(7, { error: 'Thứ trong tuần không hợp lệ.' });
const interval = z.number().int().min(1).max(52).optional();

export const recurrenceSchema = z.discriminatedUnion(
  'kind',
  [
    z
      .object({
        kind: z.literal('monthlyDay'),
        day: z.number().int().min(1).max(31),
        shortMonths: z.enum(['clamp', 'skip']).optional(),
        intervalMonths: interval,
      })
      .strict(),
    z
      .object({
        kind: z.literal('monthlyWeekday'),
        nth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(-1)]),
        weekday,
        intervalMonths: interval,
      })
      .strict(),
    z
      .object({ kind: z.literal('weekly'), weekdays: z.array(weekday).min(1, { error: 'Chọn ít nhất một thứ trong tuần.' }).max(7), intervalWeeks: interval })
      .strict(),
    z.object({ kind: z.literal('dates'), dates: z.array(isoDate).min(1, { error: 'Danh sách ngày đang trống.' }).max(400) }).strict(),
  ],
  { error: 'Kiểu lặp không hợp lệ.' },
);

/** A series' exceptions (SeriesException): episodes skipped or moved; one per moved or deleted occurrence, so it grows with the years. */
export const seriesExceptionsSchema = z
  .array(
    z.discriminatedUnion('action', [
      z.object({ occurrence: isoDate, action: z.literal('skip') }).strict(),
      z.object({ occurrence: isoDate, action: z.literal('move'), date: isoDate }).strict(),
    ]),
  )
  .max(10_000, { error: 'Quá nhiều ngoại lệ.' });

export const kind = z.enum(ITEM_KINDS, { error: 'Loại phải là segment, article, talkshow, dialogue, report, news hoặc other.' });
export const outlet = z.enum(OUTLETS, { error: 'Kênh phải là tv, radio, print, online, portal hoặc district-radio.' });
const person = text(100).nullable().optional();

/** Series channels. They are merged into the contract through itemsContract (shared/contract/items.ts), so the items handlers serve them. */
export const seriesChannels = {
  'series:list': query<Series[]>()(z.object({}).strict()),
  'series:get': query<Series>()(z.object({ id }).strict()),
  'series:create': command<{ series: Series; itemIds: string[] }>()(
    z
      .object({
        kind,
        outlet,
        title: requiredText(300),
        description: text(5000).optional(),
        topics: z.array(text(100)).max(30).optional(),
        taskIds: z.array(id).max(20).optional(),
        recurrence: recurrenceSchema,
        startDate: isoDate,
        endDate: isoDate.nullable(),
        plannedTime: localTime.nullable().optional(),
        durationMin: z.number().int().min(1).max(1440).nullable().optional(),
        editor: person,
        producer: person,
        notes: text(5000).optional(),
      })
      .strict(),
  ),
  /** Episodes from `fromDate` on follow a new rule (this and following); earlier ones stay. */
  'series:reschedule': command<{ series: Series; created: number; removed: number; kept: number }>()(
    z.object({ id, recurrence: recurrenceSchema, fromDate: isoDate.optional(), endDate: isoDate.nullable().optional() }).strict(),
  ),
};
