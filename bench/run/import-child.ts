import { importFile } from '../../electron/core/sync/importer';
import path from 'node:path';
import { freshTarget } from './targets';

/** Child process: import one file into a fresh install and report the process's peak memory. */
async function main(): Promise<void> {
  const [file, dir] = process.argv.slice(2);
  const core = freshTarget(dir!);
  const before = process.memoryUsage().rss;
  const r = await importFile(core.ctx.db, core.ctx.writer, file!, {
    dataDir: core.ctx.dataDir,
    trustNew: true,
    parseWorker: path.join(__dirname, 'parse-worker.cjs'),
  });
  core.close();
  const peakRss = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(`${JSON.stringify({ status: r.status, applied: r.applied, reason: r.reason ?? null, rssBefore: before, peakRss })}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
