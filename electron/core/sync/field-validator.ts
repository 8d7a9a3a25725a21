import { ID_MAX, ID_PATTERN, httpUrl } from '../../../shared/contract/fields';
import { isValidIsoDate, isValidLocalTime } from '../../../shared/domain/dates';
import type { FieldSpec } from './field-spec';
import { DELETED_GROUP, syncedTable, type SyncedTable } from './registry';

/**
 * IMPORTANT: the one check of what a synced field holds, used by the local write path (ChangeWriter.write: refused
 * values never reach the log) and by the import (incomingChangeProblem: a refused change refuses its file). Report
 * writers and materialised tables can then rely on the types the specs declare.
 *
 * Anything this version does not know — a table, a group, a field — is not refused: it comes from a newer schema
 * and is parked (kept in the log, applied after an upgrade), per sync.md case 9.
 */
export interface FieldProblem {
  field: string;
  /** Vietnamese, names the table and the field. */
  message: string;
}

/** `2020-05-01T03:00:00.000Z` or with an offset; the date and the time of day are checked by the domain's own rules. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

const isText = (v: unknown): v is string => typeof v === 'string';

/** Why `v` does not fit `s` (a Vietnamese phrase to follow the field's name), or null. */
function fieldValueProblem(s: FieldSpec, v: unknown): string | null {
  if (v === null) return s.nullable ? null : 'không được để trống (null).';
  switch (s.kind) {
    case 'text':
      if (!isText(v)) return 'phải là văn bản.';
      return v.length <= s.max ? null : `quá dài (${v.length.toLocaleString('vi-VN')} ký tự, tối đa ${s.max.toLocaleString('vi-VN')}).`;
    case 'date':
      return isText(v) && isValidIsoDate(v) ? null : 'phải là một ngày có thật, dạng yyyy-MM-dd (ví dụ 2020-05-31).';
    case 'time':
      return isText(v) && isValidLocalTime(v) ? null : 'phải là giờ dạng HH:mm, từ 00:00 đến 23:59 (ví dụ 19:30).';
    case 'timestamp':
      return isText(v) && TIMESTAMP.test(v) && isValidIsoDate(v.slice(0, 10)) && isValidLocalTime(v.slice(11, 16))
        ? null
        : 'phải là thời điểm dạng ISO 8601 (ví dụ 2020-05-01T03:00:00.000Z).';
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v) && v >= s.min && v <= s.max ? null : `phải là số nguyên từ ${s.min} đến ${s.max}.`;
    case 'id':
      return isText(v) && v.length > 0 && v.length <= ID_MAX && ID_PATTERN.test(v) ? null : `phải là một mã (chữ, số, _ : . -, tối đa ${ID_MAX} ký tự).`;
    case 'boolean':
      return typeof v === 'boolean' ? null : 'phải là true hoặc false.';
    case 'enum':
      return isText(v) && s.values.includes(v) ? null : `phải là một trong: ${s.values.join(', ')}.`;
    case 'url':
      if (!isText(v)) return 'phải là đường dẫn (văn bản).';
      if (v.length > s.max) return `đường dẫn quá dài (tối đa ${s.max.toLocaleString('vi-VN')} ký tự).`;
      return httpUrl.safeParse(v).success ? null : 'phải là đường dẫn bắt đầu bằng http:// hoặc https://.';
    case 'strings': {
      if (!Array.isArray(v)) return 'phải là một danh sách văn bản.';
      if (v.length > s.maxItems) return `có ${v.length} mục, tối đa ${s.maxItems}.`;
      const bad = v.findIndex((x) => !isText(x) || x.length > s.maxLength);
      return bad < 0 ? null : `mục thứ ${bad + 1} phải là văn bản tối đa ${s.maxLength.toLocaleString('vi-VN')} ký tự.`;
    }
    case 'schema': {
      const r = s.schema.safeParse(v);
      if (r.success) return null;
      const issue = r.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
      return `không phải ${s.what} hợp lệ${where}: ${issue?.message ?? 'sai dạng'}`;
    }
  }
}

function problem(table: string, field: string, reason: string): FieldProblem {
  return { field, message: `Bảng "${table}", trường "${field}" ${reason}` };
}

/**
 * The first field of one group's value that its spec refuses, or null. Unknown table, group or field: null
 * (a newer schema's change, parked). `deleted` is checked for every known table: it must say true or false.
 */
export function checkGroupValue(table: string, group: string, value: Record<string, unknown>): FieldProblem | null {
  const def = syncedTable(table);
  if (!def) return null;
  if (group === DELETED_GROUP) {
    return typeof value.deleted === 'boolean' ? null : problem(table, 'deleted', 'phải là true hoặc false.');
  }
  const checks = groupChecks(def).get(group);
  if (!checks) return null;
  for (const [name, s] of checks) {
    // Missing: an older install's group without a field added since; materialising leaves the column alone.
    if (!Object.prototype.hasOwnProperty.call(value, name)) continue;
    const v = value[name];
    if (v === undefined) continue;
    const reason = fieldValueProblem(s, v);
    if (reason) return problem(table, name, reason);
  }
  return null;
}

type GroupChecks = ReadonlyMap<string, ReadonlyArray<readonly [string, FieldSpec]>>;
const compiled = new WeakMap<SyncedTable, GroupChecks>();

/** A table's groups with the spec of each of their fields, worked out once (the import checks every change). */
function groupChecks(def: SyncedTable): GroupChecks {
  let checks = compiled.get(def);
  if (!checks) {
    const specs = def.fields ?? {};
    checks = new Map(Object.entries(def.groups).map(([group, fields]) => [group, fields.flatMap((f) => (specs[f] ? [[f, specs[f]] as const] : []))] as const));
    compiled.set(def, checks);
  }
  return checks;
}

/** One change as the import holds it: the parsed `value` when it has it, else the canonical JSON text. */
export interface IncomingChange {
  table: string;
  group: string;
  valueJson?: string;
  value?: Record<string, unknown>;
}

/**
 * For the import: why one incoming change must be refused (table, group, field, Vietnamese reason), or null.
 * The import refuses (quarantines) the file holding it, naming the table and field.
 */
export function incomingChangeProblem(c: IncomingChange): (FieldProblem & { table: string; group: string }) | null {
  if (!syncedTable(c.table)) return null; // before parsing anything: a newer schema's table is parked
  let value = c.value;
  if (value === undefined) {
    try {
      value = JSON.parse(c.valueJson ?? 'null') as Record<string, unknown>;
    } catch {
      value = undefined;
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { table: c.table, group: c.group, field: '', message: `Bảng "${c.table}", nhóm "${c.group}": giá trị không phải một đối tượng các trường.` };
  }
  const p = checkGroupValue(c.table, c.group, value);
  return p ? { ...p, table: c.table, group: c.group } : null;
}
