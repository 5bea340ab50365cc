#!/usr/bin/env node
// Generates TypeScript types for each DevRev API surface from the synced spec.
// Output goes to src/generated/, which is gitignored: run `pnpm generate`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const specDir = resolve(packageRoot, '../../spec/.cache');
const outputDir = resolve(packageRoot, 'src/generated');

const surfaces = ['beta', 'public'];

const header = (surface) =>
  `// Generated from DevRev's ${surface} OpenAPI spec by openapi-typescript. Do not edit.\n` +
  `// Regenerate with \`pnpm generate\` from the repository root.\n\n`;

mkdirSync(outputDir, { recursive: true });

for (const surface of surfaces) {
  const specPath = resolve(specDir, `openapi-${surface}.yaml`);
  const ast = await openapiTS(readFileSync(specPath, 'utf8'), { alphabetize: false });
  writeFileSync(resolve(outputDir, `${surface}.ts`), header(surface) + astToString(ast));
}
