import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { ConsumerProject } from '../install/consumer-projects.js';
import type { BenchSettings } from '../settings.js';
import { spreadOf, type Spread } from '../stats.js';

export type TypeCheckProject = 'ours' | 'official' | 'baseline';

export interface TypeCheckRow {
  project: TypeCheckProject;
  skipLibCheck: boolean;
  wallMs: Spread;
  cpuMs: Spread;
  peakRssMb: Spread;
}

export interface TypeCheckResult {
  typescriptVersion: string;
  rows: TypeCheckRow[];
}

const require = createRequire(import.meta.url);
const tscPath = join(require.resolve('typescript'), '../tsc.js');
const usageReporter = fileURLToPath(new URL('./report-process-usage.cjs', import.meta.url));

interface ProcessUsage {
  wallMs: number;
  cpuMs: number;
  peakRssBytes: number;
}

/**
 * Times `tsc --noEmit` on each consumer project in a new Node.js process, as
 * a user's build runs it, and records the process's CPU time and peak RSS.
 * Runs with the project's skipLibCheck first, then, if the settings ask,
 * without it. Each repetition checks every project, one after the other.
 */
export async function runTypeCheck(
  projects: { ours: ConsumerProject; official: ConsumerProject; baseline?: ConsumerProject },
  settings: BenchSettings['typeCheck'],
): Promise<TypeCheckResult> {
  const names = (['ours', 'official', 'baseline'] as const).filter((name) => projects[name] !== undefined);
  const rows: TypeCheckRow[] = [];

  for (const skipLibCheck of settings.withoutSkipLibCheck ? [true, false] : [true]) {
    const measures = new Map<TypeCheckProject, ProcessUsage[]>(names.map((name) => [name, []]));

    for (let repetition = 0; repetition < settings.repetitions; repetition++) {
      for (const name of names) {
        const project = projects[name];
        if (project !== undefined) {
          measures.get(name)?.push(await checkProject(project, skipLibCheck));
        }
      }
    }

    for (const name of names) {
      const usages = measures.get(name) ?? [];
      rows.push({
        project: name,
        skipLibCheck,
        wallMs: spreadOf(usages.map((usage) => usage.wallMs)),
        cpuMs: spreadOf(usages.map((usage) => usage.cpuMs)),
        peakRssMb: spreadOf(usages.map((usage) => usage.peakRssBytes / 1e6)),
      });
    }
  }

  const { version } = require('typescript/package.json') as { version: string };
  return { typescriptVersion: version, rows };
}

/** Runs tsc once and rejects with its output if the consumer does not type-check. */
async function checkProject(project: ConsumerProject, skipLibCheck: boolean): Promise<ProcessUsage> {
  const usageFile = join(project.directory, '.process-usage.json');
  rmSync(usageFile, { force: true });

  const args = ['--require', usageReporter, tscPath, '--noEmit', '-p', project.directory, '--skipLibCheck', String(skipLibCheck)];
  const start = performance.now();
  const { code, output } = await runNode(args, { ...process.env, BENCH_USAGE_FILE: usageFile });
  const wallMs = performance.now() - start;

  if (code !== 0) {
    throw new Error(`tsc failed on ${project.entry} (exit code ${code}, skipLibCheck ${skipLibCheck}):\n${output}`);
  }
  const { peakRssBytes, cpuMs } = JSON.parse(readFileSync(usageFile, 'utf8')) as Omit<ProcessUsage, 'wallMs'>;
  return { wallMs, cpuMs, peakRssBytes };
}

function runNode(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
