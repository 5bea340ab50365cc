// `pnpm --filter @devrev-ts/benchmarks bench:case <case>`: runs one case with
// the full settings (or the quick ones with BENCH_QUICK=1) and prints its
// result as JSON. It writes no results file, so it serves while working on
// one target; RESULTS.md comes only from a full `pnpm bench`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { runBundleSize } from './cases/bundle-size.js';
import { runMemory } from './cases/memory.js';
import { runPagination } from './cases/pagination.js';
import { runRequestOverhead } from './cases/request-overhead.js';
import { runTypeCheck } from './cases/type-check.js';
import { createBaselineProject, createOfficialConsumerProject, createOurConsumerProject } from './install/consumer-projects.js';
import { startServerProcess } from './server/start-server-process.js';
import { settingsFromEnvironment } from './settings.js';

const CASES = ['overhead', 'pagination', 'memory', 'bundle', 'typecheck'] as const;
type CaseName = (typeof CASES)[number];

const name = process.argv[2];
if (!CASES.includes(name as CaseName)) {
  const problem = name === undefined ? 'Missing case name' : `Unknown case ${JSON.stringify(name)}`;
  console.error(`${problem}: expected one of ${CASES.join(', ')}.`);
  console.error('Usage: pnpm --filter @devrev-ts/benchmarks bench:case <case>   (BENCH_QUICK=1 for smoke-sized counts)');
  process.exit(2);
}

const settings = settingsFromEnvironment();
const result = await runCase(name as CaseName);
console.log(JSON.stringify(result, null, 2));

async function runCase(caseName: CaseName): Promise<unknown> {
  if (caseName === 'bundle' || caseName === 'typecheck') {
    return runProjectCase(caseName);
  }

  const server = await startServerProcess();
  try {
    switch (caseName) {
      case 'overhead':
        return await runRequestOverhead(server, settings.requestOverhead);
      case 'pagination':
        return await runPagination(server, settings.pagination);
      case 'memory':
        return await runMemory(server, settings.memory);
    }
  } finally {
    await server.stop();
  }
}

async function runProjectCase(caseName: 'bundle' | 'typecheck'): Promise<unknown> {
  const projectsRoot = mkdtempSync(join(tmpdir(), 'devrev-ts-bench-'));
  try {
    const ours = await createOurConsumerProject(projectsRoot);
    const official = createOfficialConsumerProject(projectsRoot);
    if (caseName === 'bundle') {
      return await runBundleSize(ours, official);
    }
    const baseline = settings.typeCheck.baseline ? createBaselineProject(projectsRoot) : undefined;
    return await runTypeCheck({ ours, official, baseline }, settings.typeCheck);
  } finally {
    rmSync(projectsRoot, { recursive: true, force: true });
  }
}
