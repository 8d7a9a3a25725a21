import type { ZodType } from 'zod';

/**
 * What one synced field may hold, declared beside its table's registration (`SyncedTable.fields`). One spec serves
 * the local write path (a value it refuses never reaches the log) and the import (an incoming change it refuses is
 * refused with the table, field and reason), so nothing this install exports can be refused by another install of
 * the same version. Limits come from the contract (shared/contract) and the domain; where a rule already exists
 * there as a zod schema (a cadence, a recurrence, an id, a month), the spec points at it instead of restating it.
 *
 * `nullable`: whether null is accepted; a NOT NULL column never is. A field missing from a group's value is not
 * checked: an older install's group may lack a field a newer version added, and materialising skips it.
 * `since`: the schema version (migration number) that added the field's column; 0 or absent for fields older
 * than this mechanism. Upgrading a database from an older version re-derives the rows whose winning groups hold
 * such a field (db/parked-changes.ts, in the last migration's transaction), so changes parked by the older version apply.
 */
interface Common {
  nullable?: boolean;
  since?: number;
}

export type FieldSpec =
  | (Common & { kind: 'text'; max: number })
  | (Common & { kind: 'date' })
  | (Common & { kind: 'time' })
  | (Common & { kind: 'timestamp' })
  | (Common & { kind: 'integer'; min: number; max: number })
  | (Common & { kind: 'id' })
  | (Common & { kind: 'boolean' })
  | (Common & { kind: 'enum'; values: readonly string[] })
  | (Common & { kind: 'url'; max: number })
  | (Common & { kind: 'strings'; maxItems: number; maxLength: number })
  | (Common & { kind: 'schema'; schema: ZodType; what: string });

export type FieldSpecs = Readonly<Record<string, FieldSpec>>;

type Opts = Common;

/** Constructors, so a registration reads as a list of fields (`title: spec.text(300)`). */
export const spec = {
  /** Free text of at most `max` characters. */
  text: (max: number, o: Opts = {}): FieldSpec => ({ kind: 'text', max, ...o }),
  /** A calendar date `yyyy-MM-dd` that exists (no 2020-02-31). */
  date: (o: Opts = {}): FieldSpec => ({ kind: 'date', ...o }),
  /** A local time `HH:mm`. */
  time: (o: Opts = {}): FieldSpec => ({ kind: 'time', ...o }),
  /** An instant, ISO 8601 (`2020-05-01T03:00:00.000Z`), as `Date#toISOString` writes it. */
  timestamp: (o: Opts = {}): FieldSpec => ({ kind: 'timestamp', ...o }),
  /** A whole number in [min, max] (a JSON number, never a numeric string). */
  integer: (min: number, max: number, o: Opts = {}): FieldSpec => ({ kind: 'integer', min, max, ...o }),
  /** A row id (the contract's `id`: UUIDs, deterministic ids), e.g. the owner organisation or the plan of a task. */
  id: (o: Opts = {}): FieldSpec => ({ kind: 'id', ...o }),
  boolean: (o: Opts = {}): FieldSpec => ({ kind: 'boolean', ...o }),
  enum: (values: readonly string[], o: Opts = {}): FieldSpec => ({ kind: 'enum', values, ...o }),
  /** An http:// or https:// link (the contract's rule: no javascript:, file:, data:). */
  url: (max: number, o: Opts = {}): FieldSpec => ({ kind: 'url', max, ...o }),
  /** A JSON array of strings (topics, agency names, task ids). */
  strings: (maxItems: number, maxLength: number, o: Opts = {}): FieldSpec => ({ kind: 'strings', maxItems, maxLength, ...o }),
  /** A value whose rule is an existing zod schema; `what` names it in messages ("lịch lặp", "mã"). */
  schema: (schema: ZodType, what: string, o: Opts = {}): FieldSpec => ({ kind: 'schema', schema, what, ...o }),
};
