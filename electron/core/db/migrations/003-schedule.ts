import holidaySeed from '../../../../resources/holidays/vn.json';

/**
 * 003: the schedule. `series` and `items` are synced (materialised from row_groups by the write path;
 * their groups are declared in electron/core/schedule/tables.ts). `item_tasks` is a side table kept in
 * step with items.task_ids by the items table's afterProject hook, so "items of task X" is an index lookup.
 * Holidays, topics and saved filters are local data of this install, seeded here.
 * No FOREIGN KEYs between synced tables: rows may arrive in any order.
 */
const sqlText = (s: string) => `'${s.replace(/'/g, "''")}'`;

const holidayRows = (holidaySeed.holidays as Array<{ date: string; name: string; kind: string; tentative?: boolean }>)
  .map((h) => `(${sqlText(h.date)}, ${sqlText(h.name)}, ${sqlText(h.kind)}, ${h.tentative ? 1 : 0})`)
  .join(',\n  ');

/** Topics from the plan's content list (Kế hoạch 259/KH-UBND, part II); editable in the app. */
export const DEFAULT_TOPICS = [
  'Một cửa, một cửa liên thông',
  'Thủ tục hành chính (TTHC)',
  'Dịch vụ bưu chính công ích',
  'Chính quyền điện tử',
  'Dịch vụ công trực tuyến mức 3–4',
  'Đường dây nóng',
  'Chỉ số CCHC',
  'Khảo sát sự hài lòng',
  'Gương điển hình',
  'Đạo đức công vụ',
  'Môi trường đầu tư kinh doanh',
  'Hệ thống quản lý chất lượng',
  'Văn bản pháp luật mới',
];
const topicRows = DEFAULT_TOPICS.map((t, i) => `(${sqlText(t)}, ${i + 1})`).join(',\n  ');

export default /* sql */ `
-- Synced: a regular column and the rule that generates its episodes.
CREATE TABLE series (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  created_at TEXT,
  title TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  topics TEXT NOT NULL DEFAULT '[]',
  outlet TEXT,
  recurrence TEXT,
  start_date TEXT,
  end_date TEXT,
  planned_time TEXT,
  duration_min INTEGER,
  exceptions TEXT NOT NULL DEFAULT '[]',
  task_ids TEXT NOT NULL DEFAULT '[]',
  editor TEXT,
  producer TEXT,
  notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX series_org ON series (org_id);

-- Synced: one segment, article, talk show… planned for a date; done fields are set when it went out.
CREATE TABLE items (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  series_id TEXT,
  -- The date the series rule gives this episode (its identity in the series), null for a one-off.
  occurrence TEXT,
  created_at TEXT,
  title TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  topics TEXT NOT NULL DEFAULT '[]',
  outlet TEXT NOT NULL DEFAULT 'tv',
  planned_date TEXT NOT NULL DEFAULT '',
  planned_time TEXT,
  duration_min INTEGER,
  task_ids TEXT NOT NULL DEFAULT '[]',
  editor TEXT,
  producer TEXT,
  notes TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'planned',
  status_reason TEXT,
  done_at TEXT,
  done_time TEXT,
  done_duration_min INTEGER,
  done_slot TEXT,
  done_issue_no TEXT,
  done_page TEXT,
  done_link TEXT,
  evidence_file TEXT,
  evidence_sha256 TEXT,
  marked_by TEXT,
  marked_at TEXT
);
-- Month view, agenda and compliance all ask "items between two dates".
CREATE INDEX items_planned ON items (planned_date, planned_time);
CREATE INDEX items_org_planned ON items (org_id, planned_date);
CREATE INDEX items_status_planned ON items (status, planned_date);
CREATE INDEX items_done_at ON items (done_at) WHERE done_at IS NOT NULL;
CREATE INDEX items_series ON items (series_id, occurrence) WHERE series_id IS NOT NULL;
CREATE INDEX items_editor ON items (editor, planned_date) WHERE editor IS NOT NULL;
CREATE INDEX items_producer ON items (producer, planned_date) WHERE producer IS NOT NULL;

-- Derived from items.task_ids (rebuilt on every materialisation of an item): which items serve a plan task.
CREATE TABLE item_tasks (
  item_id TEXT NOT NULL,
  task_id TEXT NOT NULL,
  PRIMARY KEY (item_id, task_id)
) WITHOUT ROWID;
CREATE INDEX item_tasks_task ON item_tasks (task_id, item_id);

-- Local: public holidays shown on the calendar (seeded from resources/holidays/vn.json, editable).
CREATE TABLE holidays (
  date TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'solar' CHECK (kind IN ('solar', 'lunar', 'custom')),
  tentative INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (date, name)
) WITHOUT ROWID;
INSERT INTO holidays (date, name, kind, tentative) VALUES
  ${holidayRows};

-- Local: the topic tags offered when editing an item (items keep the names they were given).
CREATE TABLE topics (
  name TEXT PRIMARY KEY,
  sort_order INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
INSERT INTO topics (name, sort_order) VALUES
  ${topicRows};

-- Local: named agenda filters a person saved.
CREATE TABLE saved_filters (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  owner TEXT,
  filter TEXT NOT NULL,
  created_at TEXT NOT NULL
);
`;
