import fs from 'node:fs';

/**
 * Every internet socket the daemons hold whose local or remote end is not loopback (listening
 * sockets have a zero remote end), read from /proc; null where /proc cannot tell (not Linux).
 */
export function socketsOffLoopback(pids: readonly number[]): string[] | null {
  if (!fs.existsSync('/proc/net/tcp')) return null;
  const inodes = new Set<string>();
  for (const pid of pids) {
    for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
      const link = (() => {
        try {
          return fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
        } catch {
          return '';
        }
      })();
      const m = /^socket:\[(\d+)\]$/.exec(link);
      if (m) inodes.add(m[1]!);
    }
  }
  const off: string[] = [];
  for (const proto of ['tcp', 'tcp6', 'udp', 'udp6']) {
    const file = `/proc/net/${proto}`;
    if (!fs.existsSync(file)) continue;
    for (const line of fs.readFileSync(file, 'utf8').split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f.length < 10 || !inodes.has(f[9]!)) continue;
      const [local, remote] = [f[1]!.split(':')[0]!, f[2]!.split(':')[0]!];
      if (!isLoopbackHex(local) || !(isLoopbackHex(remote) || /^0+$/.test(remote))) off.push(`${proto} ${f[1]} → ${f[2]}`);
    }
  }
  return off;
}

/** /proc/net address (hex, host byte order per 32-bit word): 127.x.x.x, ::1 or ::ffff:127.x.x.x. */
function isLoopbackHex(addr: string): boolean {
  if (addr.length === 8) return addr.endsWith('7F');
  return addr === '00000000000000000000000001000000' || (addr.startsWith('0000000000000000FFFF0000') && addr.endsWith('7F'));
}
