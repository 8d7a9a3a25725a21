/**
 * 002: plans, their tasks and the agency directory. All three are synced (materialised from
 * row_groups by the write path; groups declared in electron/core/plans/tables.ts), owned by the
 * organisation of the install that imported them. Ids are deterministic from natural keys
 * (plan: issuer, number, year; task: plan id + STT; agency: its first name), so two installs
 * that import the same plan agree. No FOREIGN KEYs between synced tables: rows may arrive in any order,
 * so every column outside the `create` group has a default.
 * JSON columns: based_on, leads, partners, aliases (string arrays), cadence (shared/domain/types Cadence).
 */
export default /* sql */ `
CREATE TABLE plans (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL,
  year INTEGER NOT NULL,
  created_at TEXT,
  issuer TEXT NOT NULL DEFAULT '',
  number TEXT NOT NULL DEFAULT '',
  date TEXT,
  title TEXT NOT NULL DEFAULT '',
  based_on TEXT NOT NULL DEFAULT '[]',
  source TEXT
);
CREATE INDEX plans_year ON plans (year DESC, number);

CREATE TABLE plan_tasks (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL,
  plan_id TEXT NOT NULL,
  code TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  product TEXT NOT NULL DEFAULT '',
  leads TEXT NOT NULL DEFAULT '[]',
  partners TEXT NOT NULL DEFAULT '[]',
  timeframe TEXT NOT NULL DEFAULT '',
  cadence TEXT NOT NULL DEFAULT '{"kind":"unknown","text":""}',
  cadence_overridden INTEGER NOT NULL DEFAULT 0,
  sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX plan_tasks_plan ON plan_tasks (plan_id, sort_order);

CREATE TABLE agencies (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  aliases TEXT NOT NULL DEFAULT '[]'
);
`;
