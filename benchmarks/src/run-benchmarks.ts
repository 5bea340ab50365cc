// `pnpm bench`: runs every case and writes RESULTS.md. With BENCH_QUICK=1 it
// runs a smoke-sized version and writes RESULTS.quick.md instead, so a quick
// run never replaces the committed results. BENCH_OUTPUT names another file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { currentLoadAverage, describeMachine } from './machine.js';
import { benchmarksRoot } from './paths.js';
import { renderResults } from './report/render-results.js';
import { runAllCases } from './run-all-cases.js';
import { settingsFromEnvironment } from './settings.js';

const settings = settingsFromEnvironment();
const outputPath = process.env.BENCH_OUTPUT ?? join(benchmarksRoot, settings.quick ? 'RESULTS.quick.md' : 'RESULTS.md');

const machine = describeMachine();
const startedAt = new Date();
const log = (line: string): void => {
  const elapsedSeconds = ((Date.now() - startedAt.getTime()) / 1000).toFixed(0);
  console.error(`[bench +${elapsedSeconds}s] ${line}`);
};

log(`Running ${settings.quick ? 'quick' : 'full'} benchmarks; 1-minute load average ${machine.loadAverageAtStart.toFixed(2)}`);
const results = await runAllCases(settings, log);
machine.loadAverageAtEnd = currentLoadAverage();

const durationSeconds = (Date.now() - startedAt.getTime()) / 1000;
writeFileSync(outputPath, renderResults({ machine, settings, results, startedAt, durationSeconds }));
log(`Wrote ${outputPath}`);
