import type { CoreContext } from '../context';
import type { ParsedInput } from '../../../shared/contract';
import type { ReconcileOutcome, ReconcileUndo } from '../../../shared/contract/reconcile';
import { AppError } from '../../../shared/contract/errors';
import { durationMinutes, type LogLine } from '../../../shared/domain/reconcile';
import { BROADCAST_OUTLETS, type ItemKind, type Outlet } from '../../../shared/domain/types';
import { storeEvidenceBytes } from '../schedule/evidence';
import { itemPatchWrites } from '../schedule/item-writes';
import { createItem, deleteItem, markDone, requireItem, setStatus } from './items-service';
import { heldPreview, previewHeld, type HeldPreview } from './reconcile-service';
import * as repo from '../reconcile/repo';

/** "dòng N của tệp F (SHA-256 …)": the proof each marked item carries in its notes (notes sync; our tables do not). */
function evidenceText(line: number, fileName: string, sha256: string): string {
  return `Minh chứng: dòng ${line} của tệp ${fileName} (SHA-256 ${sha256})`;
}

const NOTES_MAX = 5000;

function withEvidence(notes: string, text: string): string {
  const joined = notes.trim() ? `${notes.trimEnd()}\n${text}` : text;
  return joined.length <= NOTES_MAX ? joined : `${notes.slice(0, NOTES_MAX - text.length - 2)}…\n${text}`;
}

/** What the log says went out, as a done record (broadcast: channel as slot; press: issue, page, link). */
function record(l: LogLine, outlet: Outlet) {
  const broadcast = BROADCAST_OUTLETS.includes(outlet);
  // A link the done record would refuse (not http/https) is left out rather than refusing the whole confirm.
  const link = l.link && /^https?:\/\/\S+$/i.test(l.link) && l.link.length <= 2000 ? l.link : null;
  return {
    at: l.date,
    time: l.time,
    durationMin: durationMinutes(l.durationSec),
    slot: broadcast && l.channel ? l.channel.slice(0, 200) : null,
    issueNo: broadcast ? null : l.issueNo,
    page: broadcast ? null : l.page,
    link,
  };
}

function heldFor(ctx: CoreContext, input: ParsedInput<'reconcile:confirm'>): HeldPreview {
  const h = heldPreview(ctx, input.token);
  if (h) return h;
  if (!input.file)
    throw new AppError('not_found', 'Bản xem trước này không còn (ứng dụng đã khởi động lại?). Hãy mở lại tệp nhật ký để xem trước rồi xác nhận.', {
      field: 'token',
    });
  const again = previewHeld(ctx, { file: input.file });
  if (again.preview.token !== input.token)
    throw new AppError('conflict', 'Tệp gửi kèm khác với tệp đã xem trước. Hãy xem trước lại rồi xác nhận.', { field: 'file' });
  return again;
}

const defaultKind = (outlet: Outlet): ItemKind => (BROADCAST_OUTLETS.includes(outlet) ? 'segment' : 'article');

/**
 * Confirm: the person's decisions, one transaction. Each accepted line marks its item done through the items'
 * own mark-done path (the same checks and change log as marking by hand); a created line adds the item and marks
 * it. The log file is stored once as the evidence of every one of them. A refused line refuses the whole confirm.
 */
export function confirm(ctx: CoreContext, input: ParsedInput<'reconcile:confirm'>): ReconcileOutcome {
  const h = heldFor(ctx, input);
  const byLine = new Map(h.preview.proposals.map((p) => [p.line, p]));
  const seenLines = new Set<number>();
  const seenItems = new Set<string>();
  for (const d of input.decisions) {
    if (!byLine.has(d.line))
      throw new AppError('invalid_input', `Dòng ${d.line} không có trong bản xem trước của tệp ${h.preview.fileName}.`, { field: 'decisions', row: d.line });
    if (seenLines.has(d.line)) throw new AppError('invalid_input', `Dòng ${d.line} có hai quyết định.`, { field: 'decisions', row: d.line });
    seenLines.add(d.line);
    if (d.action === 'accept') {
      if (seenItems.has(d.itemId))
        throw new AppError('invalid_input', `Một mục chỉ khớp được một dòng: mục "${d.itemId}" được chọn cho nhiều dòng (dòng ${d.line}).`, {
          field: 'decisions',
          row: d.line,
        });
      seenItems.add(d.itemId);
    }
  }
  const work = input.decisions.filter((d) => d.action !== 'reject');
  const rejected = input.decisions.length - work.length;
  const importId = ctx.newId();
  const orgId = ctx.requireOrgId();
  const stored = work.length ? storeEvidenceBytes(ctx.dataDir, h.preview.fileName, h.bytes) : null;
  const itemIds: string[] = [];
  let created = 0;
  ctx.transact(() => {
    const lines: repo.ImportLineRow[] = [];
    for (const d of work) {
      const p = byLine.get(d.line)!;
      let itemId: string;
      let prior: { status: string; notes: string };
      if (d.action === 'accept') {
        const item = requireItem(ctx, d.itemId);
        if (item.orgId !== orgId)
          throw new AppError('invalid_input', `Dòng ${d.line}: mục "${item.title}" là của đơn vị khác.`, { field: 'decisions', row: d.line });
        itemId = item.id;
        prior = { status: item.status, notes: item.notes };
      } else {
        // The outlet of a new item is never guessed from the file (a CSV is a TV log as often as a newspaper's list).
        const outlet = h.preview.outlet;
        if (!outlet)
          throw new AppError(
            'invalid_input',
            `Dòng ${d.line}: để thêm mục mới từ nhật ký, hãy chọn kênh (--outlet tv, radio, print hoặc online) rồi xem trước lại.`,
            {
              field: 'outlet',
              row: d.line,
            },
          );
        const item = createItem(ctx, {
          kind: d.kind ?? defaultKind(outlet),
          outlet,
          plannedDate: p.log.date,
          plannedTime: p.log.time,
          durationMin: durationMinutes(p.log.durationSec),
          title: d.title ?? p.log.title,
          taskIds: d.taskId ? [d.taskId] : p.taskId ? [p.taskId] : [],
        });
        itemId = item.id;
        prior = { status: 'planned', notes: '' };
        created += 1;
      }
      const item = requireItem(ctx, itemId);
      try {
        markDone(ctx, { id: itemId, ...record(p.log, item.outlet) }, stored);
      } catch (e) {
        if (e instanceof AppError) throw new AppError(e.code, `Dòng ${d.line} ("${p.log.title}"): ${e.message}`, { ...e.details, row: d.line });
        throw e;
      }
      ctx.write(itemPatchWrites(ctx.db, itemId, { notes: withEvidence(prior.notes, evidenceText(d.line, h.preview.fileName, h.preview.sha256)) }));
      lines.push({ line: d.line, itemId, action: d.action === 'accept' ? 'accept' : 'create', priorStatus: prior.status, priorNotes: prior.notes });
      itemIds.push(itemId);
    }
    repo.insertImport(
      ctx.db,
      {
        id: importId,
        fileName: h.preview.fileName,
        sha256: h.preview.sha256,
        evidenceFile: stored?.relativePath ?? '',
        createdAt: ctx.now().toISOString(),
        actor: ctx.actor(),
      },
      lines,
    );
  });
  return { importId, marked: itemIds.length - created, created, rejected, itemIds };
}

const REOPEN_BACK = new Set(['in_production', 'ready']);

/**
 * Undo an import: one transaction of new changes (the synced history keeps both the marking and its undoing).
 * Each item goes back to the status it had, with its notes as they were; items the import created are deleted.
 * An item someone has changed since (reopened, marked again with other proof) is left alone and listed.
 */
export function undo(ctx: CoreContext, importId: string): ReconcileUndo {
  return ctx.transact(() => {
    const imp = repo.getImport(ctx.db, importId);
    if (!imp) throw new AppError('not_found', `Không tìm thấy lần nhập nhật ký "${importId}".`, { field: 'importId' });
    if (imp.undoneAt) throw new AppError('conflict', `Lần nhập tệp ${imp.fileName} đã được hoàn tác lúc ${imp.undoneAt}.`, { field: 'importId' });
    const reason = `Hoàn tác nhập nhật ký ${imp.fileName}`;
    const out: ReconcileUndo = { importId, reopened: 0, deleted: 0, skipped: [] };
    for (const l of repo.importLines(ctx.db, importId)) {
      let item;
      try {
        item = requireItem(ctx, l.itemId);
      } catch {
        out.skipped.push({ itemId: l.itemId, reason: 'Mục đã bị xóa.' });
        continue;
      }
      if (item.status !== 'done' || item.done?.evidenceSha256 !== imp.sha256) {
        out.skipped.push({ itemId: l.itemId, reason: `Mục "${item.title}" đã được sửa sau lần nhập này nên giữ nguyên.` });
        continue;
      }
      setStatus(ctx, { id: item.id, status: 'planned', reason });
      if (l.action === 'create') {
        deleteItem(ctx, item.id);
        out.deleted += 1;
        continue;
      }
      if (REOPEN_BACK.has(l.priorStatus)) setStatus(ctx, { id: item.id, status: l.priorStatus as 'in_production' | 'ready' });
      // Notes edited since keep the edit: only the evidence line this import added goes.
      const text = evidenceText(l.line, imp.fileName, imp.sha256);
      const notes =
        item.notes === withEvidence(l.priorNotes, text)
          ? l.priorNotes
          : item.notes
              .split('\n')
              .filter((x) => x !== text)
              .join('\n');
      ctx.write(itemPatchWrites(ctx.db, item.id, { notes }));
      out.reopened += 1;
    }
    repo.markUndone(ctx.db, importId, ctx.now().toISOString());
    return out;
  });
}
