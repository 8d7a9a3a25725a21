import { defineConfig } from 'vitest/config';

/**
 * `npm run test:fast`, between commits: the pure domain, the layer rules and the core's unit tests on real SQLite
 * files, without what takes long by design (fuzzing, the crash harness, real Syncthing, LibreOffice, huge files).
 * CI runs everything (`npm test`). The script runs it with --no-isolate: one module cache per worker instead of per
 * file, 76 s → 28 s on two cores; the tests do not lean on a fresh module state (the unit tier, which keeps every file
 * isolated, runs the same files).
 */
const SLOW = [
  'tests/core/safety-fuzz/**',
  'tests/core/safety-crash/**',
  'tests/core/sync/syncthing.test.ts',
  'tests/core/sync/parse-worker.test.ts',
  'tests/core/sync/origin-property.test.ts',
  'tests/core/sync/case-10-large-file.test.ts',
  'tests/core/plans/plan-cell-limits.test.ts',
  'tests/core/plans/huge-plan-files.test.ts',
  'tests/core/safety/locked.test.ts',
  'tests/core/reports/**',
];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'fast',
          include: ['tests/shared/**/*.test.ts', 'tests/tooling/layer-rules.test.ts', 'tests/core/**/*.test.ts'],
          exclude: SLOW,
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'unit',
          include: ['tests/{shared,core,cli,electron,bench,tooling}/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One Chromium at a time: these machines have two cores.
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
