#!/usr/bin/env node
// Prints one line, `<N> passed, <M> failed`, for the vitest JSON reports that
// every package writes to test-results/vitest.json. A package without a
// report counts as one failure, because its tests did not run.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const packagesDir = resolve(import.meta.dirname, '../packages');
let passed = 0;
let failed = 0;

for (const name of readdirSync(packagesDir)) {
  const manifest = JSON.parse(readFileSync(resolve(packagesDir, name, 'package.json'), 'utf8'));
  if (manifest.scripts?.test === undefined) {
    continue;
  }

  const reportPath = resolve(packagesDir, name, 'test-results/vitest.json');
  if (!existsSync(reportPath)) {
    console.error(`${manifest.name}: no test report at ${reportPath}; its tests did not run.`);
    failed++;
    continue;
  }

  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}

console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
