/** Plain calendar date `yyyy-MM-dd`, as the user means it (Vietnam local). Never converted through UTC. */
export type IsoDate = string;
/** Local time `HH:mm`. */
export type LocalTime = string;
/** Instant of an event, ISO 8601 UTC (`2020-05-01T03:00:00.000Z`). */
export type Timestamp = string;

export type Role = 'editor' | 'producer' | 'viewer';

/** "count items are due between from and to" (both inclusive). */
export interface CadenceWindow {
  from: IsoDate;
  to: IsoDate;
  count: number;
}

export type Cadence = { kind: 'windows'; windows: CadenceWindow[] } | { kind: 'ongoing' } | { kind: 'unknown'; text: string };

export interface Organisation {
  id: string;
  name: string;
  shortName: string | null;
}

export interface Agency {
  id: string;
  name: string;
  aliases: string[];
}

export interface Plan {
  id: string;
  orgId: string;
  issuer: string;
  number: string;
  /** Date the plan was signed. */
  date: IsoDate | null;
  year: number;
  /** The last year of a plan with a period (2026–2030); absent or null for a plan of one year. */
  yearTo?: number | null;
  title: string;
  basedOn: string[];
}

export interface PlanTask {
  id: string;
  planId: string;
  code: string;
  title: string;
  product: string;
  leads: string[];
  partners: string[];
  timeframe: string;
  /** The section heading of the appendix the task stands under; '' or absent when it has none. */
  section?: string;
  cadence: Cadence;
  /** True when a person replaced the cadence parsed from the timeframe. */
  cadenceOverridden: boolean;
  sortOrder: number;
}

export const ITEM_KINDS = ['segment', 'article', 'talkshow', 'dialogue', 'report', 'news', 'other'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const OUTLETS = ['tv', 'radio', 'print', 'online', 'portal', 'district-radio'] as const;
export type Outlet = (typeof OUTLETS)[number];
/** Outlets where "done" reads as "Đã phát sóng"; the rest read "Đã đăng". */
export const BROADCAST_OUTLETS: readonly Outlet[] = ['tv', 'radio', 'district-radio'];

export const ITEM_STATUSES = ['planned', 'in_production', 'ready', 'done', 'postponed', 'cancelled'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export interface DoneRecord {
  at: IsoDate;
  time: LocalTime | null;
  durationMin: number | null;
  slot: string | null;
  issueNo: string | null;
  page: string | null;
  link: string | null;
  evidenceFile: string | null;
  evidenceSha256: string | null;
  markedBy: string | null;
  markedAt: Timestamp;
}

export interface Item {
  id: string;
  orgId: string;
  seriesId: string | null;
  kind: ItemKind;
  outlet: Outlet;
  title: string;
  description: string;
  topics: string[];
  taskIds: string[];
  plannedDate: IsoDate;
  plannedTime: LocalTime | null;
  durationMin: number | null;
  editor: string | null;
  producer: string | null;
  notes: string;
  status: ItemStatus;
  statusReason: string | null;
  done: DoneRecord | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}
