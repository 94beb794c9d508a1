import { defineConfig, type ViteUserConfig } from 'vitest/config';

/**
 * Tests that start the bot's own processes (the CLI, `npm start`, shards, a reindex killed at
 * random moments, shutdown, the benchmark). They take minutes, so they run in `npm run test:e2e`,
 * not in `npm test`; CI runs both.
 */
export const END_TO_END = [
  'tests/bench.test.ts',
  'tests/cli.test.ts',
  'tests/crash.test.ts',
  'tests/discord-process.test.ts',
  // The real discord.js client against the fake Discord: every Discord behaviour, in one process.
  'tests/discord.test.ts',
  'tests/faults.test.ts',
  'tests/shard.test.ts',
  'tests/shutdown.test.ts',
];

/** What both lanes share. */
export const shared: NonNullable<ViteUserConfig['test']> = {
  reporters: ['default', 'json'],
  // onnxruntime and hnswlib are native addons: separate processes keep them apart.
  pool: 'forks',
  testTimeout: 60_000,
  hookTimeout: 120_000,
};

export default defineConfig({
  test: {
    ...shared,
    // Two files at once on two cores: much of the fast lane waits on the fake Discord and the
    // database, so a second worker finishes it sooner (measured: see the README).
    maxWorkers: 2,
    include: ['tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...END_TO_END],
    outputFile: { json: '.cache/vitest-results.json' },
  },
});
