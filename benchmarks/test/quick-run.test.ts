import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runBundleSize } from '../src/cases/bundle-size.js';
import { runMemory } from '../src/cases/memory.js';
import { runPagination } from '../src/cases/pagination.js';
import { runRequestOverhead } from '../src/cases/request-overhead.js';
import { runTypeCheck } from '../src/cases/type-check.js';
import { createOfficialConsumerProject, createOurConsumerProject, type ConsumerProject } from '../src/install/consumer-projects.js';
import { startServerProcess, type ServerProcess } from '../src/server/start-server-process.js';
import { benchSettings } from '../src/settings.js';
import type { Spread } from '../src/stats.js';

// A smoke run of every case in quick mode: each must finish and produce
// numbers. How large the numbers are is for RESULTS.md, not for tests.
const settings = benchSettings('quick');

// Each case starts processes or runs tsc, which on a busy machine can take far
// longer than vitest's default 5 s. The timeout guards against a hang and is no target.
const caseTimeoutMs = 120_000;

let server: ServerProcess;
let projectsRoot: string;
let projects: Promise<{ ours: ConsumerProject; official: ConsumerProject }>;

beforeAll(async () => {
  projectsRoot = mkdtempSync(join(tmpdir(), 'devrev-ts-bench-test-'));
  // Packing runs while the server cases run; its timing is of no interest here.
  projects = createOurConsumerProject(projectsRoot).then((ours) => ({ ours, official: createOfficialConsumerProject(projectsRoot) }));
  projects.catch(() => undefined);
  server = await startServerProcess();
}, caseTimeoutMs);

afterAll(async () => {
  await server?.stop();
  await projects?.catch(() => undefined);
  rmSync(projectsRoot, { recursive: true, force: true });
});

function expectMeasured(spread: Spread, repetitions: number): void {
  expect(spread.repetitions).toBe(repetitions);
  expect(Number.isFinite(spread.median)).toBe(true);
  expect(spread.min).toBeLessThanOrEqual(spread.median);
  expect(spread.median).toBeLessThanOrEqual(spread.max);
}

describe('quick mode', () => {
  it('request overhead measures every client', { timeout: caseTimeoutMs }, async () => {
    const result = await runRequestOverhead(server, settings.requestOverhead);

    expect(result.rows.map((row) => `${row.competitor}@${row.concurrency}`)).toEqual([
      'ours@1',
      'oursCore@1',
      'fetch@1',
      'openapiFetch@1',
      'official@1',
      'ours@64',
      'oursCore@64',
      'fetch@64',
      'openapiFetch@64',
      'official@64',
    ]);
    for (const row of result.rows) {
      expectMeasured(row.p50Ms, settings.requestOverhead.repetitions);
      expect(row.p50Ms.median).toBeGreaterThan(0);
      expect(row.p99Ms.median).toBeGreaterThanOrEqual(row.p50Ms.median);
      expect(row.requestsPerSecond.median).toBeGreaterThan(0);
    }
  });

  it('pagination walks with and without caller work', { timeout: caseTimeoutMs }, async () => {
    const result = await runPagination(server, settings.pagination);

    expect(result.rows.map((row) => `${row.walker}+${row.callerWorkMs}`)).toEqual([
      'ours+0',
      'handFetch+0',
      'handOfficial+0',
      'ours+5',
      'handFetch+5',
      'handOfficial+5',
    ]);
    for (const row of result.rows) {
      expectMeasured(row.totalMs, settings.pagination.repetitions);
      expect(row.totalMs.median).toBeGreaterThan(0);
    }
  });

  it('memory measures both sizes and heaps', { timeout: caseTimeoutMs }, async () => {
    const result = await runMemory(server, settings.memory);

    expect(result.rows.map((row) => `${row.heap} ${row.walker}@${row.items}`)).toEqual([
      'default ours@300',
      'default handFetch@300',
      'default ours@600',
      'default handFetch@600',
      'fixed ours@300',
      'fixed handFetch@300',
      'fixed ours@600',
      'fixed handFetch@600',
    ]);
    for (const row of result.rows) {
      expectMeasured(row.peakRssGrowthMb, settings.memory.repetitions);
      expectMeasured(row.peakRetainedGrowthMb, settings.memory.repetitions);
      expectMeasured(row.youngGenerationGrowthMb, settings.memory.repetitions);
      expectMeasured(row.arrayBufferGrowthMb, settings.memory.repetitions);
    }
  });

  it('bundle size builds both consumers', { timeout: caseTimeoutMs }, async () => {
    const { ours, official } = await projects;
    const result = await runBundleSize(ours, official);

    for (const size of [result.ours, result.official]) {
      expect(size.gzipBytes).toBeGreaterThan(0);
      expect(size.gzipBytes).toBeLessThan(size.minifiedBytes);
    }
  });

  it('type check runs tsc on both consumers', { timeout: caseTimeoutMs }, async () => {
    const { ours, official } = await projects;
    const result = await runTypeCheck({ ours, official }, settings.typeCheck);

    expect(result.typescriptVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(result.rows.map((row) => `${row.project}, skipLibCheck ${row.skipLibCheck}`)).toEqual([
      'ours, skipLibCheck true',
      'official, skipLibCheck true',
    ]);
    for (const row of result.rows) {
      expectMeasured(row.wallMs, settings.typeCheck.repetitions);
      expect(row.cpuMs.median).toBeGreaterThan(0);
      expect(row.peakRssMb.median).toBeGreaterThan(0);
    }
  });
});
