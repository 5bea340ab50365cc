import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Runs the *.test-d.ts type tests through tsc as part of `pnpm test`.
    typecheck: {
      enabled: true,
      tsconfig: './tsconfig.json',
    },
  },
});
