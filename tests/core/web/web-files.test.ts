import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import { startWebHost, type WebHost } from '../../../electron/web/server';

/**
 * Issue 19, point 1: `/files` used to serve any file under the database's folder except `*.sqlite`,
 * so the WAL (which holds the private key) and, with `--db ~/ltt.db`, the whole home folder were served.
 * Here the database lives directly in a pretend home folder, as `ltt --db ~/ltt.db` would have it.
 */
let home: string;
let core: Core;
let host: WebHost;

function get(pathname: string, token = host.token): Promise<{ status: number; body: Buffer; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: host.port, path: pathname, agent: false, headers: { Host: `127.0.0.1:${host.port}`, 'X-LTT-Token': token } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), headers: res.headers }));
      },
    );
    req.setTimeout(5_000, () => req.destroy(new Error(`no answer for ${pathname}`)));
    req.on('error', reject);
    req.end();
  });
}

const files = (q: string) => `/files?${q}`;

beforeAll(async () => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-home-'));
  fs.mkdirSync(path.join(home, '.ssh'));
  fs.writeFileSync(path.join(home, '.ssh', 'id_ed25519'), '-----BEGIN OPENSSH PRIVATE KEY-----');
  fs.writeFileSync(path.join(home, 'Hợp đồng.docx'), 'riêng tư');
  core = openCore({ dbFile: path.join(home, 'ltt.db') });
  await core.call('app:setup', { orgName: 'Đài Phát thanh và Truyền hình tỉnh', userName: 'Nguyễn Văn An', role: 'editor', withSample: false });
  host = await startWebHost({ core, staticDir: '/nonexistent' });
});
afterAll(async () => {
  await host?.close();
  core?.close();
  fs.rmSync(home, { recursive: true, force: true });
});

describe('/files serves only exports and evidence this install stored', () => {
  it('refuses the WAL, the database, the home folder and path tricks', async () => {
    expect(fs.existsSync(path.join(home, 'ltt.db-wal'))).toBe(true);
    for (const p of [
      'ltt.db-wal',
      'ltt.db-shm',
      'ltt.db',
      '.ssh/id_ed25519',
      'Hợp đồng.docx',
      'exports/../ltt.db-wal',
      'exports/../.ssh/id_ed25519',
      '/etc/passwd',
      path.join(home, 'ltt.db-wal'),
      'backups',
      'exports/%2e%2e/ltt.db-wal',
    ]) {
      const r = await get(files(`path=${encodeURIComponent(p)}`));
      expect(r.status, p).toBe(404);
      expect(r.body.toString(), p).not.toContain('PRIVATE KEY');
    }
  });

  it('serves an exported report, but not a link out of exports/, a folder or a FIFO (and does not hang on it)', async () => {
    const exportsDir = path.join(home, 'exports');
    fs.mkdirSync(exportsDir, { recursive: true });
    fs.writeFileSync(path.join(exportsDir, 'bao-cao-thang-5.docx'), 'DOCX');
    fs.symlinkSync(path.join(home, 'ltt.db-wal'), path.join(exportsDir, 'wal.docx'));
    fs.symlinkSync(path.join(home, '.ssh'), path.join(exportsDir, 'ssh'));
    execFileSync('mkfifo', [path.join(exportsDir, 'fifo.docx')]);
    const ok = await get(files('path=exports/bao-cao-thang-5.docx'));
    expect(ok.status).toBe(200);
    expect(ok.body.toString()).toBe('DOCX');
    expect(ok.headers['content-disposition']).toMatch(/^attachment/);
    for (const p of ['exports/wal.docx', 'exports/ssh/id_ed25519', 'exports', 'exports/fifo.docx']) expect((await get(files(`path=${p}`))).status, p).toBe(404);
  });

  it('evidence is served by hash only, and only when this install stored those bytes', async () => {
    const item = await core.call('items:create', { kind: 'segment', outlet: 'tv', plannedDate: '2026-11-26', title: 'Có minh chứng' });
    const bytes = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const done = await core.call('items:markDone', {
      id: item.id,
      at: '2026-11-26',
      evidence: { fileName: 'anh-chup.png', contentBase64: bytes.toString('base64') },
    });
    const sha = done.done!.evidenceSha256!;
    expect(sha).toBe(crypto.createHash('sha256').update(bytes).digest('hex'));
    const r = await get(files(`evidence=${sha}`));
    expect(r.status).toBe(200);
    expect(r.body.equals(bytes)).toBe(true);
    // The stored path is data, not a way in: a synced item could name `ltt.db-wal` as its evidence file.
    expect((await get(files(`path=${encodeURIComponent(done.done!.evidenceFile!)}`))).status).toBe(404);
    // A hash this install never stored, a malformed one, or a file planted under a hash name with other bytes.
    const other = crypto.createHash('sha256').update('không có').digest('hex');
    const planted = path.join(home, 'evidence', other.slice(0, 2), `${other.slice(0, 16)}-x.png`);
    fs.mkdirSync(path.dirname(planted), { recursive: true });
    fs.symlinkSync(path.join(home, 'ltt.db-wal'), planted);
    for (const q of [`evidence=${other}`, 'evidence=../../ltt.db-wal', `evidence=${sha.toUpperCase()}`, 'evidence='])
      expect((await get(files(q))).status, q).toBe(404);
  });

  it('needs the token in the header', async () => {
    expect((await get(files('path=exports/bao-cao-thang-5.docx'), 'wrong')).status).toBe(401);
  });
});
