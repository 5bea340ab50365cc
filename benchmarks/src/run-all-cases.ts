import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { runBundleSize, type BundleSizeResult } from './cases/bundle-size.js';
import { runMemory, type MemoryResult } from './cases/memory.js';
import { runPagination, type PaginationResult } from './cases/pagination.js';
import { runRequestOverhead, type RequestOverheadResult } from './cases/request-overhead.js';
import { runTypeCheck, type TypeCheckResult } from './cases/type-check.js';
import { createBaselineProject, createOfficialConsumerProject, createOurConsumerProject } from './install/consumer-projects.js';
import { startServerProcess } from './server/start-server-process.js';
import type { BenchSettings } from './settings.js';

export interface BenchResults {
  requestOverhead: RequestOverheadResult;
  pagination: PaginationResult;
  memory: MemoryResult;
  bundleSize: BundleSizeResult;
  typeCheck: TypeCheckResult;
}

/**
 * Runs every case in turn, one at a time so that no case competes with
 * another for the two cores. The server and the packed consumer projects
 * are torn down at the end, also when a case fails.
 */
export async function runAllCases(settings: BenchSettings, log: (line: string) => void): Promise<BenchResults> {
  const server = await startServerProcess();
  const projectsRoot = mkdtempSync(join(tmpdir(), 'devrev-ts-bench-'));

  try {
    log(`Per-request overhead: ${settings.requestOverhead.repetitions} repetitions`);
    const requestOverhead = await runRequestOverhead(server, settings.requestOverhead);

    log(`Pagination: ${settings.pagination.repetitions} repetitions`);
    const pagination = await runPagination(server, settings.pagination);

    log(`Memory: ${settings.memory.repetitions} repetitions`);
    const memory = await runMemory(server, settings.memory);

    log('Packing and installing the consumer projects');
    const ours = await createOurConsumerProject(projectsRoot);
    const official = createOfficialConsumerProject(projectsRoot);

    log('Bundle size');
    const bundleSize = await runBundleSize(ours, official);

    log(`Type-check cost: ${settings.typeCheck.repetitions} repetitions`);
    const baseline = settings.typeCheck.baseline ? createBaselineProject(projectsRoot) : undefined;
    const typeCheck = await runTypeCheck({ ours, official, baseline }, settings.typeCheck);

    return { requestOverhead, pagination, memory, bundleSize, typeCheck };
  } finally {
    await server.stop();
    rmSync(projectsRoot, { recursive: true, force: true });
  }
}
