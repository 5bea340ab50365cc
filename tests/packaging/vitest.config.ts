import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // These tests pack, install, generate and type-check in child processes.
    // The limits leave room for a loaded two-core machine and are not speed targets.
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
