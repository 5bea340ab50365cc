import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  // openapi-fetch's CommonJS build exports createClient as `exports.default`,
  // which the CJS output's import interop misses, so bundle its ESM build instead.
  noExternal: ['openapi-fetch'],
});
