import { defineConfig } from 'vitest/config';
import { END_TO_END, shared } from './vitest.config.js';

/** The end-to-end lane: `npm run test:e2e`. */
export default defineConfig({
  test: {
    ...shared,
    include: END_TO_END,
    outputFile: { json: '.cache/vitest-e2e-results.json' },
  },
});
