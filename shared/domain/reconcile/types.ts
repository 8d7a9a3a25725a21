import type { IsoDate, ItemStatus, LocalTime, Outlet } from '../types';

/** What a log line may carry; a mapping names, per field, the column (or XML element/attribute) it is read from. */
export const LOG_FIELDS = ['date', 'start', 'duration', 'title', 'channel', 'houseId', 'issueNo', 'page', 'author', 'link'] as const;
export type LogField = (typeof LOG_FIELDS)[number];

export type LogFormat = 'csv' | 'tsv' | 'xml' | 'rss' | 'atom' | 'sitemap';

/** One line of an as-run log or of a newspaper's published list, as read (times in Vietnam local time). */
export interface LogLine {
  /** 1-based line of the file the record starts on. */
  line: number;
  date: IsoDate;
  time: LocalTime | null;
  /** Seconds on air (rounded down from frames); null when the file does not say. */
  durationSec: number | null;
  title: string;
  channel: string | null;
  houseId: string | null;
  issueNo: string | null;
  page: string | null;
  author: string | null;
  link: string | null;
}

export interface LineError {
  line: number;
  message: string;
}

/** A saved way to read one source's files (like a bank-statement import mapping). */
export interface SourceMapping {
  name: string;
  /** Field → header text (delimited) or element/attribute name (XML, `@attr` for an attribute). */
  columns: Partial<Record<LogField, string>>;
  /** XML: the element that is one record (e.g. `event`); recognised when absent. */
  recordElement?: string | null;
  /** How a duration written as a bare integer is read. */
  durationUnit?: 'frames' | 'seconds' | 'minutes' | null;
  fps?: number | null;
  outlet?: Outlet | null;
}

export interface ReadLog {
  format: LogFormat;
  lines: LogLine[];
  errors: LineError[];
  /** Field → the header (or element) it was read from: what the preview shows so the person can check the mapping. */
  columns: Partial<Record<LogField, string>>;
  /** Rows that carried nothing to match (blank lines, sub-totals). */
  skipped: number;
}

/** A planned item the matcher may assign a line to. */
export interface PlanCandidate {
  id: string;
  title: string;
  outlet: Outlet;
  plannedDate: IsoDate;
  plannedTime: LocalTime | null;
  topics: readonly string[];
  taskIds: readonly string[];
  seriesId: string | null;
  status: ItemStatus;
}

/** A plan task with the words that say what it is about (its title and the topic tags of its items). */
export interface TaskHint {
  id: string;
  code: string;
  title: string;
  topics: readonly string[];
}

type ProposalKind = 'confident' | 'doubtful' | 'new' | 'unmatched';

export interface CandidateScore {
  itemId: string;
  title: string;
  plannedDate: IsoDate;
  plannedTime: LocalTime | null;
  score: number;
  titleScore: number;
}

export interface Proposal {
  line: number;
  kind: ProposalKind;
  log: LogLine;
  /** The item proposed (confident, doubtful); null otherwise. */
  itemId: string | null;
  score: number;
  /** The best candidates for the line, best first (at most 3). */
  candidates: CandidateScore[];
  /** For `new`: the task the line most likely serves. */
  taskId: string | null;
  /** For an unmatched line that repeats an assigned one: the line of the first airing. */
  rerunOf: number | null;
  /** Vietnamese: why this kind. */
  reason: string;
}

export interface MatchOptions {
  windowDays: number;
}
