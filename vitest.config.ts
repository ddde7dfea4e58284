import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['./tests/temp-root.ts'],
    reporters: ['default', './tests/summary-reporter.ts'],
    // End-to-end tests spawn the CLI, which loads the model and registry; give them room.
    testTimeout: 60_000,
    // and so do the hooks that run it once for a file's tests (10 s by default: under load a run of the CLI took longer).
    hookTimeout: 60_000,
  },
});
