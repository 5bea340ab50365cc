import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { MachineInfo } from '../machine.js';
import { benchmarksRoot } from '../paths.js';
import type { BenchResults } from '../run-all-cases.js';
import type { BenchSettings } from '../settings.js';
import { table } from './format.js';
import { renderBundleSize } from './sections/bundle-size-section.js';
import { renderMemory } from './sections/memory-section.js';
import { renderPagination } from './sections/pagination-section.js';
import { renderRequestOverhead } from './sections/request-overhead-section.js';
import { renderTypeCheck } from './sections/type-check-section.js';
import { checkTargets } from './targets.js';

export interface ResultsReport {
  machine: MachineInfo;
  settings: BenchSettings;
  results: BenchResults;
  startedAt: Date;
  durationSeconds: number;
}

/** Hand-written notes that every report carries after the measured sections, in this order. */
const notesPaths = ['request-overhead.md', 'memory-findings.md', 'bundle-size.md', 'type-check-design.md'].map((name) => join(benchmarksRoot, 'notes', name));

/** Renders RESULTS.md: the machine, a summary of the targets, then one section per case. */
export function renderResults(report: ResultsReport): string {
  const { machine, settings, results } = report;
  const notes = notesPaths.filter((path) => existsSync(path)).map((path) => readFileSync(path, 'utf8').trim());

  const sections = [
    header(report),
    machineSection(machine),
    targetsSection(results),
    renderRequestOverhead(results.requestOverhead, settings.requestOverhead),
    renderPagination(results.pagination),
    renderMemory(results.memory),
    renderBundleSize(results.bundleSize),
    renderTypeCheck(results.typeCheck, settings.typeCheck),
    ...notes,
  ];
  return `${sections.filter((section) => section !== '').join('\n\n')}\n`;
}

function header({ settings, startedAt, durationSeconds }: ResultsReport): string {
  const quickWarning = settings.quick
    ? '\n\n**Quick mode:** the counts are cut down to a smoke test, so these numbers are not fit for comparison.'
    : '';
  return `# Benchmark results

Written by \`pnpm bench\` (\`benchmarks/src/run-benchmarks.ts\`) on ${startedAt.toISOString()}, in ${Math.round(durationSeconds)} s.
Every benchmark server runs on 127.0.0.1. The machines these runs happen on
are shared, so absolute times move between runs; the ratios between clients
measured in the same run are the numbers to compare.${quickWarning}`;
}

function machineSection(machine: MachineInfo): string {
  const loadAtEnd = machine.loadAverageAtEnd === undefined ? 'unknown' : machine.loadAverageAtEnd.toFixed(2);
  const rows = [
    ['CPU', `${machine.cpuModel}, ${machine.cpuCount} cores`],
    ['memory', `${machine.memoryGiB.toFixed(1)} GiB`],
    ['OS', machine.os],
    ['Node.js', machine.node],
    ['commit', machine.commit],
    ['1-minute load average, start / end', `${machine.loadAverageAtStart.toFixed(2)} / ${loadAtEnd}`],
    ...Object.entries(machine.versions).map(([name, version]) => [name, version]),
  ];
  return `## Machine\n\n${table(['', ''], rows)}`;
}

function targetsSection(results: BenchResults): string {
  const rows = checkTargets(results).map((check) => [check.caseName, check.target, check.measured, check.met ? 'yes' : '**no**']);
  return `## Targets\n\nEach check compares medians from the sections below.\n\n${table(['case', 'target', 'measured', 'met'], rows)}`;
}
