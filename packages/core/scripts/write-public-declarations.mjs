#!/usr/bin/env node
// Writes the declarations of the `@devrev-ts/core/public` entry point, which
// tsup leaves out (see tsup.config.ts): dist/public.d.ts for ESM and
// dist/public.d.cts for CommonJS, each beside a copy of the generated public
// types. `pnpm build` runs it after tsup.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const entryPath = resolve(packageRoot, 'src/public.ts');
const generatedPath = resolve(packageRoot, 'src/generated/public.ts');
const distDir = resolve(packageRoot, 'dist');

const { outputText, diagnostics } = ts.transpileDeclaration(readFileSync(entryPath, 'utf8'), { fileName: entryPath });
if (diagnostics.length > 0) {
  const messages = diagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  throw new Error(`Failed to write declarations for ${entryPath}:\n${messages.join('\n')}`);
}

// The source names relative modules with `.js`. The CommonJS copy names the
// `.cjs` files instead, so that TypeScript resolves index.d.cts and augments
// the declarations that a CommonJS program loaded, not the ESM ones.
const relativeJsSpecifier = /(from |declare module )'(\.\/[\w/-]+)\.js'/g;
const commonJsText = outputText.replace(relativeJsSpecifier, "$1'$2.cjs'");

const augmentation = "declare module './index.cjs'";
if (!commonJsText.includes(augmentation)) {
  throw new Error(
    `Missing ${augmentation} in the CommonJS declarations written from ${entryPath}: ` +
      `that file must augment './index.js' for the rewrite to work. Output:\n${commonJsText}`,
  );
}

mkdirSync(resolve(distDir, 'generated'), { recursive: true });
copyFileSync(generatedPath, resolve(distDir, 'generated/public.d.ts'));
copyFileSync(generatedPath, resolve(distDir, 'generated/public.d.cts'));
writeFileSync(resolve(distDir, 'public.d.ts'), outputText);
writeFileSync(resolve(distDir, 'public.d.cts'), commonJsText);
