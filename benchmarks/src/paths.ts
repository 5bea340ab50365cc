import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The benchmarks package directory. */
export const benchmarksRoot = resolve(import.meta.dirname, '..');

/** The repository root, which contains the workspace packages under packages/. */
export const repositoryRoot = resolve(benchmarksRoot, '..');

/**
 * Finds the directory of an installed package the way Node.js resolves a bare
 * import from the benchmarks package: node_modules in this directory, then in
 * each parent. Returns the real path, past pnpm's symlinks, so that the
 * package's own dependencies resolve beside it.
 */
export function installedPackageDir(name: string): string {
  for (let directory = benchmarksRoot; ; directory = dirname(directory)) {
    const candidate = join(directory, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) {
      return realpathSync(candidate);
    }
    if (dirname(directory) === directory) {
      throw new Error(`Package ${name} is not installed for the benchmarks package; run \`pnpm install\` at the repository root.`);
    }
  }
}
