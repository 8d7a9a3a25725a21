import type { Command } from 'commander';
import type { CliRuntime } from '../runtime';
import { EXIT_REFUSED } from '../runtime';
import * as sync from '../../core/services/sync-service';
import { AppError } from '../../../shared/contract/errors';
import { formatFingerprint } from '../../../shared/domain/sync/fingerprint';
import { formatSyncStatus, formatConflicts, formatImport, formatInstalls } from './sync-format';
import { shown } from '../terminal-text';

/**
 * `ltt sync …`: the Đồng bộ screen's contract calls. `export --out DIR` and `import FILE…` call the sync service
 * directly because they name paths, which the contract never carries (docs/architecture.md).
 */
export function registerSync(program: Command, rt: CliRuntime): void {
  const cmd = program.command('sync').description('Đồng bộ dữ liệu với các máy khác qua tệp (.lttsync).');

  cmd
    .command('export')
    .description('Ghi các thay đổi chưa xuất thành tệp đồng bộ đã ký.')
    .option('--out <dir>', 'thư mục ghi tệp (mặc định: thư mục đồng bộ đã chọn, hoặc thư mục dữ liệu/exports/sync)')
    .option('--all', 'xuất lại toàn bộ lịch sử mà thư mục đích chưa có (sau khi thư mục chung bị xóa sạch)')
    .action(
      rt.action((opts: { out?: string; all?: boolean }) => {
        const core = rt.openCore();
        const r = sync.exportNow(core.ctx, opts.out, opts.all === true);
        rt.print({ files: r.files, changes: r.changes }, () =>
          r.files.length === 0 ? 'Không có thay đổi mới để xuất.' : `Đã ghi ${r.changes} thay đổi vào ${r.files.length} tệp:\n${r.files.map(shown).join('\n')}`,
        );
      }),
    );

  cmd
    .command('import')
    .description('Nhập tệp đồng bộ của máy khác (mỗi tệp một giao dịch; tệp lỗi được cách ly).')
    .argument('<paths...>', 'tệp .lttsync')
    .option('--trust-new', 'tin cậy ngay máy gửi chưa biết (dùng cho kịch bản tự động)')
    .action(
      rt.action(async (paths: string[], opts: { trustNew?: boolean }) => {
        const core = rt.openCore();
        const r = await sync.importPaths(core.ctx, paths, opts.trustNew === true);
        rt.print(r, () => formatImport(r));
        if (r.rejected.length > 0) rt.exitCode = EXIT_REFUSED;
      }),
    );

  cmd
    .command('run')
    .description('Đồng bộ ngay với thư mục đồng bộ đã chọn (ghi tệp của máy này, nhập tệp mới của máy khác).')
    .action(
      rt.action(async () => {
        const core = rt.openCore();
        const r = await core.call('sync:run', {});
        rt.print(r, () => `${shown(r.message)}\n${formatImport(r)}`);
        if (r.rejected.length > 0) rt.exitCode = EXIT_REFUSED;
      }),
    );

  cmd
    .command('folder')
    .description('Chọn thư mục đồng bộ (USB, thư mục mạng, thư mục được đồng bộ).')
    .argument('[path]', 'đường dẫn đầy đủ; bỏ trống để xem thiết lập hiện tại')
    .option('--every <minutes>', 'tự đồng bộ mỗi N phút khi ứng dụng mở (0 = tắt)')
    .option('--on-start', 'đồng bộ khi mở ứng dụng')
    .action(
      rt.action(async (folder: string | undefined, opts: { every?: string; onStart?: boolean }) => {
        const core = rt.openCore();
        const current = (await core.call('sync:status', {})).folder;
        const every = opts.every === undefined ? current.intervalMinutes : Number(opts.every);
        if (!Number.isInteger(every) || every < 0 || every > 1440) rt.usage('--every phải là số phút từ 0 đến 1440.');
        const r =
          folder === undefined && opts.every === undefined && opts.onStart === undefined
            ? current
            : await core.call('sync:setFolder', { path: folder ?? current.path, intervalMinutes: every, onStart: opts.onStart ?? current.onStart });
        rt.print(
          r,
          () =>
            `Thư mục đồng bộ: ${shown(r.path ?? '(chưa chọn)')}\nTự đồng bộ: ${r.intervalMinutes ? `mỗi ${r.intervalMinutes} phút` : 'tắt'}${r.onStart ? ', và khi mở ứng dụng' : ''}`,
        );
      }),
    );

  cmd
    .command('status')
    .description('Tình trạng đồng bộ theo từng máy: tệp cuối, thay đổi cuối, các khoảng còn thiếu.')
    .action(
      rt.action(async () => {
        const core = rt.openCore();
        const r = await core.call('sync:status', {});
        rt.print(r, () => formatSyncStatus(r));
      }),
    );

  cmd
    .command('trust')
    .description('Xem các khóa đã biết (--list), chấp nhận một đơn vị (--org) hoặc một máy theo dấu vân tay khóa của nó.')
    .argument('[fingerprint]', 'dấu vân tay (hoặc ít nhất 8 ký tự đầu)')
    .option('--list', 'liệt kê các máy và dấu vân tay khóa')
    .option('--org <name>', 'chấp nhận (hoặc với --refuse: từ chối) cả đơn vị: mọi máy của đơn vị đang chờ')
    .option('--refuse', 'từ chối thay vì chấp nhận')
    .action(
      rt.action(async (fingerprint: string | undefined, opts: { list?: boolean; refuse?: boolean; org?: string }) => {
        const core = rt.openCore();
        if (opts.org !== undefined) {
          const org = await core.call('sync:findOrg', { name: opts.org });
          const r = await core.call('sync:trustOrg', { orgId: org.orgId, accept: opts.refuse !== true });
          const name = shown(org.orgName ?? org.orgId);
          rt.print({ orgId: org.orgId, trust: opts.refuse ? 'refused' : 'trusted', ...r }, () =>
            opts.refuse ? `Đã từ chối đơn vị "${name}" (mọi máy của đơn vị, kể cả máy mới sau này).` : `Đã tin cậy đơn vị "${name}".\n${formatImport(r)}`,
          );
          if (r.rejected.length > 0) rt.exitCode = EXIT_REFUSED;
          return;
        }
        if (opts.list || !fingerprint) {
          const known = (await core.call('sync:status', {})).installs.filter((k) => k.fingerprint !== null); // not the ones only relayed
          const list = known.map((k) => ({
            installId: k.installId,
            orgId: k.orgId,
            orgName: k.orgName,
            installName: k.installName ?? '',
            fingerprint: k.fingerprint!,
            trust: k.trust,
          }));
          rt.print(list, () => formatInstalls(list));
          return;
        }
        const target = await core.call('sync:findInstall', { fingerprint });
        const r = await core.call('sync:trust', { installId: target.installId, accept: opts.refuse !== true });
        rt.print({ installId: target.installId, trust: opts.refuse ? 'refused' : 'trusted', ...r }, () =>
          opts.refuse
            ? `Đã từ chối máy "${shown(target.installName)}".`
            : `Đã tin cậy máy "${shown(target.installName)}" (${shown(target.orgName ?? target.orgId)}).\n${formatImport(r)}`,
        );
        if (r.rejected.length > 0) rt.exitCode = EXIT_REFUSED;
      }),
    );

  cmd
    .command('revoke')
    .description('Thu hồi một máy của chính đơn vị mình (bị mất, bị lấy cắp): các đơn vị khác từ chối thay đổi sau đó của máy này.')
    .argument('<install>', 'mã cài đặt của máy (xem `ltt sync trust --list`)')
    .option('--reason <text>', 'lý do', '')
    .action(
      rt.action(async (install: string, opts: { reason: string }) => {
        const core = rt.openCore();
        const r = await core.call('sync:revoke', { installId: install, reason: opts.reason });
        rt.print(
          { installId: install, ...r },
          () =>
            `Đã thu hồi máy ${shown(install)}: mọi thay đổi sau số ${r.revokedAfterSeq} của máy này sẽ bị từ chối khi tệp kế tiếp của máy này đến các đơn vị.`,
        );
      }),
    );

  cmd
    .command('rotate-key')
    .description('Đổi khóa của máy này (khi một bản sao lưu, vốn chứa khóa, bị lộ hoặc bị mất): khóa mới được công bố có chữ ký của khóa cũ.')
    .option('--yes', 'xác nhận đổi khóa (bắt buộc: việc này không hoàn tác được)')
    .action(
      rt.action(async (opts: { yes?: boolean }) => {
        if (!opts.yes) {
          throw new AppError(
            'invalid_input',
            'Đổi khóa không hoàn tác được: sau khi đổi, tệp ký bằng khóa cũ cho thay đổi mới sẽ bị các đơn vị từ chối. Chạy lại với --yes để xác nhận.',
            { field: 'yes' },
          );
        }
        const core = rt.openCore();
        const r = await core.call('sync:rotateKey', {});
        rt.print(r, () =>
          [
            `Đã đổi khóa của máy này. Mã nhận dạng khóa mới: ${formatFingerprint(r.fingerprint)}`,
            `Khóa cũ (${formatFingerprint(r.previousFingerprint)}) chỉ còn hiệu lực cho các thay đổi đến số ${r.lastOldSeq}.`,
            'Hãy xuất tệp đồng bộ ngay ("ltt sync export" hoặc "ltt sync run") để các đơn vị nhận khóa mới.',
          ].join('\n'),
        );
      }),
    );

  cmd
    .command('conflicts')
    .description('Liệt kê các xung đột chưa giải quyết (hai bên cùng sửa, hoặc sửa khi bên kia xóa).')
    .option('--resolve <id>', 'giải quyết xung đột số này')
    .option('--keep <which>', 'giữ bản "winner" (đang hiển thị) hoặc "loser" (bản bị thay)', 'winner')
    .action(
      rt.action(async (opts: { resolve?: string; keep: string }) => {
        const core = rt.openCore();
        if (opts.resolve !== undefined) {
          if (opts.keep !== 'winner' && opts.keep !== 'loser') rt.usage('--keep phải là winner hoặc loser.');
          const id = Number(opts.resolve);
          if (!Number.isInteger(id) || id < 1) rt.usage('--resolve cần số thứ tự xung đột.');
          rt.print(await core.call('sync:resolve', { id, pick: opts.keep as 'winner' | 'loser' }), 'Đã giải quyết xung đột.');
          return;
        }
        const r = await core.call('sync:conflicts', {});
        rt.print(r, () => formatConflicts(r));
      }),
    );
}
