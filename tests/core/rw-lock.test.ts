import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RwLock } from '../../electron/core/rw-lock';

const tick = () => new Promise<void>((r) => setImmediate(r));

describe('RwLock (commands beside a sync import)', () => {
  it('an exclusive holder waits for shared holders already running, and later shared ones wait for it', async () => {
    const lock = new RwLock();
    const log: string[] = [];
    let releaseEdit!: () => void;
    const edit = lock.withShared(async () => {
      log.push('edit start');
      await new Promise<void>((r) => (releaseEdit = r));
      log.push('edit end');
    });
    await tick();
    const imp = lock.withExclusive(async () => {
      log.push('import start');
      await tick();
      log.push('import end');
    });
    const later = lock.withShared(() => log.push('later edit'));
    await tick();
    expect(log).toEqual(['edit start']);
    releaseEdit();
    await Promise.all([edit, imp, later]);
    expect(log).toEqual(['edit start', 'edit end', 'import start', 'import end', 'later edit']);
  });

  it('never lets an exclusive holder overlap anything, whatever the interleaving; errors release the lock', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ exclusive: fc.boolean(), ticks: fc.integer({ min: 0, max: 3 }), fails: fc.boolean() }), { minLength: 1, maxLength: 12 }),
        async (jobs) => {
          const lock = new RwLock();
          let shared = 0;
          let exclusive = 0;
          let overlap = false;
          const runs = jobs.map(async (j) => {
            const body = async () => {
              if (j.exclusive) exclusive += 1;
              else shared += 1;
              if (exclusive > 1 || (exclusive === 1 && shared > 0)) overlap = true;
              for (let i = 0; i < j.ticks; i += 1) await tick();
              if (j.exclusive) exclusive -= 1;
              else shared -= 1;
              if (j.fails) throw new Error('refused');
            };
            await (j.exclusive ? lock.withExclusive(body) : lock.withShared(body)).catch(() => undefined);
          });
          await Promise.all(runs);
          expect(overlap).toBe(false);
          // Nothing left holding or waiting: a new exclusive holder gets in at once.
          let got = false;
          await lock.withExclusive(() => (got = true));
          expect(got).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
