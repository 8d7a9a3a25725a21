import type { CoreContext } from '../context';
import type { AgencyView } from '../../../shared/contract/plans';
import { AppError } from '../../../shared/contract/errors';
import { AgencyIndex } from '../../../shared/domain/plan/agencies';
import { agencyIdOf, agencyKey } from '../../../shared/domain/plan/ids';
import type { Agency } from '../../../shared/domain/types';
import { allTaskAgencyNames, getAgency, listAgencies } from '../plans/plan-repo';
import { agencyWrites, deletedWrite } from '../plans/plan-writes';
import type { LocalWrite } from '../sync/write-path';

/**
 * The agency directory: names change when provinces and agencies reorganise, so tasks keep the
 * names their plan wrote and the directory maps every old name (alias) to the current one.
 * Renaming keeps the old name as an alias; merging moves one entry's names into another.
 */
export function listAgencyViews(ctx: CoreContext): AgencyView[] {
  const agencies = listAgencies(ctx.db);
  const index = new AgencyIndex(agencies);
  const usage = new Map<string, number>();
  for (const name of allTaskAgencyNames(ctx.db)) {
    const a = index.resolve(name);
    if (a) usage.set(a.id, (usage.get(a.id) ?? 0) + 1);
  }
  return agencies.map((a) => ({ ...a, usage: usage.get(a.id) ?? 0 }));
}

function view(ctx: CoreContext, id: string): AgencyView {
  const found = listAgencyViews(ctx).find((a) => a.id === id);
  if (!found) throw new AppError('not_found', 'Không tìm thấy cơ quan này trong danh mục; hãy tải lại danh mục.', { field: 'id' });
  return found;
}

function requireAgency(ctx: CoreContext, id: string, field = 'id'): Agency {
  const a = getAgency(ctx.db, id);
  if (!a) throw new AppError('not_found', 'Không tìm thấy cơ quan này trong danh mục; hãy tải lại danh mục.', { field });
  return a;
}

/** Names must not already belong to another entry (that would make a name mean two agencies). */
function assertFree(ctx: CoreContext, names: readonly string[], selfId: string | null, field: string): void {
  const index = new AgencyIndex(listAgencies(ctx.db));
  for (const name of names) {
    const owner = index.resolve(name);
    if (owner && owner.id !== selfId) {
      throw new AppError('conflict', `Tên «${name}» đã thuộc cơ quan «${owner.name}» trong danh mục. Nếu là cùng một cơ quan, hãy dùng "Gộp".`, {
        field,
        agencyId: owner.id,
      });
    }
  }
}

/** Aliases without duplicates, without the entry's own name, in NFC. */
function tidyAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([agencyKey(name)]);
  const out: string[] = [];
  for (const a of aliases) {
    const clean = a.normalize('NFC').replace(/\s+/g, ' ').trim();
    const key = agencyKey(clean);
    if (!clean || seen.has(key)) continue;
    seen.add(key);
    out.push(clean);
  }
  return out;
}

function commit(ctx: CoreContext, writes: LocalWrite[]): void {
  if (writes.length > 0) ctx.write(writes);
}

export function addAgency(ctx: CoreContext, name: string, aliases: string[]): AgencyView {
  const orgId = ctx.requireOrgId();
  const id = agencyIdOf(name);
  ctx.transact(() => {
    assertFree(ctx, [name, ...aliases], null, 'name');
    // A deterministic id may belong to an entry deleted by a merge: bring it back explicitly.
    commit(ctx, [
      ...agencyWrites(orgId, id, name, tidyAliases(name, aliases), true),
      { table: 'agencies', rowId: id, group: 'deleted', value: { deleted: false }, org: orgId },
    ]);
  });
  ctx.emit({ type: 'changed', payload: { domain: 'agencies' } });
  return view(ctx, id);
}

export function renameAgency(ctx: CoreContext, id: string, name: string): AgencyView {
  const orgId = ctx.requireOrgId();
  ctx.transact(() => {
    const a = requireAgency(ctx, id);
    if (a.name === name) return;
    assertFree(ctx, [name], id, 'name');
    const aliases = tidyAliases(name, [a.name, ...a.aliases]);
    commit(ctx, agencyWrites(orgId, id, name, aliases, false));
  });
  ctx.emit({ type: 'changed', payload: { domain: 'agencies' } });
  return view(ctx, id);
}

export function setAgencyAliases(ctx: CoreContext, id: string, aliases: string[]): AgencyView {
  const orgId = ctx.requireOrgId();
  ctx.transact(() => {
    const a = requireAgency(ctx, id);
    assertFree(ctx, aliases, id, 'aliases');
    commit(ctx, agencyWrites(orgId, id, a.name, tidyAliases(a.name, aliases), false));
  });
  ctx.emit({ type: 'changed', payload: { domain: 'agencies' } });
  return view(ctx, id);
}

/** `source` becomes part of `target`: its name and aliases turn into target's aliases; source is removed. */
export function mergeAgencies(ctx: CoreContext, sourceId: string, targetId: string): AgencyView {
  const orgId = ctx.requireOrgId();
  if (sourceId === targetId) throw new AppError('invalid_input', 'Hãy chọn hai cơ quan khác nhau để gộp.', { field: 'targetId' });
  ctx.transact(() => {
    const source = requireAgency(ctx, sourceId, 'sourceId');
    const target = requireAgency(ctx, targetId, 'targetId');
    const aliases = tidyAliases(target.name, [...target.aliases, source.name, ...source.aliases]);
    commit(ctx, [deletedWrite('agencies', source.id, orgId), ...agencyWrites(orgId, target.id, target.name, aliases, false)]);
  });
  ctx.emit({ type: 'changed', payload: { domain: 'agencies' } });
  return view(ctx, targetId);
}
