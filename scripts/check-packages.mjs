#!/usr/bin/env node
// `pnpm check:packages`: lints every public package as it would be published.
// publint checks package.json against the packed files, and
// @arethetypeswrong/cli checks that TypeScript finds the right types from
// ESM and CommonJS under every module resolution mode. Both run on what
// `pnpm pack` produces, so build the packages first (`pnpm build`).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

import { packPackage, publicPackages, readPackedManifest, workspaceRanges } from './lib/public-packages.mjs';

const run = promisify(execFile);
const repoRoot = resolve(import.meta.dirname, '..');
const bin = (name) => resolve(repoRoot, 'node_modules/.bin', name);

// Runs one tool and returns its output and whether it passed. A failing tool is a result here, not an exception.
async function runTool(command, args) {
  try {
    const { stdout, stderr } = await run(command, args, { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 });
    return { passed: true, output: stdout + stderr };
  } catch (error) {
    return { passed: false, output: `${error.stdout ?? ''}${error.stderr ?? error.message}` };
  }
}

async function checkPackage(pkg, packDir) {
  const { tarball } = await packPackage(pkg.dir, packDir);
  const leftoverRanges = workspaceRanges(await readPackedManifest(tarball));

  const [publint, attw] = await Promise.all([
    runTool(bin('publint'), ['run', pkg.dir, '--strict', '--pack', 'pnpm']),
    runTool(bin('attw'), [tarball, '--format', 'ascii']),
  ]);
  const workspace = {
    passed: leftoverRanges.length === 0,
    output: leftoverRanges.map((range) => `the packed package.json still has ${range}`).join('\n'),
  };
  return { pkg, results: { publint, attw, 'workspace ranges': workspace } };
}

const packDir = mkdtempSync(join(tmpdir(), 'devrev-ts-check-packages-'));
try {
  const checked = await Promise.all(publicPackages(repoRoot).map((pkg) => checkPackage(pkg, packDir)));

  let failures = 0;
  for (const { pkg, results } of checked) {
    for (const [tool, { passed, output }] of Object.entries(results)) {
      console.log(`${passed ? 'ok  ' : 'FAIL'} ${pkg.name}: ${tool}`);
      if (!passed) {
        failures++;
        const indented = output.replace(/^/gm, '     ');
        console.log(indented);
      }
    }
  }

  console.log(failures === 0 ? `check:packages: ${checked.length} packages passed.` : `check:packages: ${failures} checks failed.`);
  process.exitCode = failures === 0 ? 0 : 1;
} finally {
  rmSync(packDir, { recursive: true, force: true });
}
