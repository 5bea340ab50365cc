#!/usr/bin/env node
// Prints one line, `<N> passed, <M> failed`, for the vitest JSON reports that
// every workspace package under packages/ and tests/, and the benchmarks
// package, writes to test-results/vitest.json. A package with a test script
// but no report counts as one failure, because its tests did not run.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '..');
const packageDirs = [
  ...['packages', 'tests'].flatMap((folder) =>
    existsSync(resolve(repoRoot, folder)) ? readdirSync(resolve(repoRoot, folder)).map((name) => resolve(repoRoot, folder, name)) : [],
  ),
  resolve(repoRoot, 'benchmarks'),
];
let passed = 0;
let failed = 0;

for (const packageDir of packageDirs) {
  const manifestPath = resolve(packageDir, 'package.json');
  if (!existsSync(manifestPath)) {
    continue;
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  if (manifest.scripts?.test === undefined) {
    continue;
  }

  const reportPath = resolve(packageDir, 'test-results/vitest.json');
  if (!existsSync(reportPath)) {
    console.error(`${manifest.name}: no test report at ${reportPath}; its tests did not run.`);
    failed++;
    continue;
  }

  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;

  // Errors outside any test (a type error in a type test, an unhandled
  // rejection) fail the run without failing a test, so count them once.
  if (report.success === false && report.numFailedTests === 0) {
    console.error(`${manifest.name}: the test run failed outside any single test; see its output above.`);
    failed++;
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
