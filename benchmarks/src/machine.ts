import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { join } from 'node:path';

import { installedPackageDir, repositoryRoot } from './paths.js';

/** Hardware, software versions and load of the machine a run happened on, which a reader needs to judge the numbers. */
export interface MachineInfo {
  cpuModel: string;
  cpuCount: number;
  memoryGiB: number;
  os: string;
  node: string;
  commit: string;
  /** Versions of the competitors and tools, by package name. */
  versions: Record<string, string>;
  loadAverageAtStart: number;
  loadAverageAtEnd?: number;
}

const versionedPackages = ['openapi-fetch', '@devrev/typescript-sdk', 'typescript', 'esbuild'];

export function describeMachine(): MachineInfo {
  const processors = cpus();
  return {
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    cpuCount: processors.length,
    memoryGiB: totalmem() / 2 ** 30,
    os: `${process.platform} ${release()}`,
    node: process.version,
    commit: currentCommit(),
    versions: Object.fromEntries(versionedPackages.map((name) => [name, packageVersion(installedPackageDir(name))])),
    loadAverageAtStart: loadavg()[0] ?? Number.NaN,
  };
}

/** Returns the 1-minute load average: about the number of processes that wanted a core over the last minute. */
export function currentLoadAverage(): number {
  return loadavg()[0] ?? Number.NaN;
}

function packageVersion(directory: string): string {
  return (JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Returns the short hash of HEAD, with `+ local changes` when packages/ differs from it. */
function currentCommit(): string {
  try {
    const hash = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repositoryRoot, encoding: 'utf8' }).trim();
    const status = execFileSync('git', ['status', '--porcelain', '--', 'packages'], { cwd: repositoryRoot, encoding: 'utf8' });
    return status.trim() === '' ? hash : `${hash} + local changes`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}
