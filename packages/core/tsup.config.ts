import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/public.ts'],
  format: ['esm', 'cjs'],
  // tsup's declaration bundler rejects the module augmentation in
  // src/public.ts (TS2664), so scripts/write-public-declarations.mjs writes
  // that entry's declarations.
  dts: { entry: 'src/index.ts' },
  clean: true,
  sourcemap: true,
  target: 'node20',
  // openapi-fetch's CommonJS build exports createClient as `exports.default`,
  // which the CJS output's import interop misses, so bundle its ESM build instead.
  noExternal: ['openapi-fetch'],
});
