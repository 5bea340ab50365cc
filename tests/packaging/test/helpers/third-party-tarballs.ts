import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { runOrThrow } from './run-command.js';

interface Manifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
}

/**
 * Packs every third-party package that the given packages need at run time,
 * with its own dependencies, from this repository's installation. Installing
 * these tarballs beside our own lets npm run with `--offline`, so the install
 * test never reaches a registry.
 */
export async function packThirdPartyDependencies(
  packageDirs: readonly string[],
  extraDirs: readonly string[],
  destination: string,
): Promise<string[]> {
  const found = new Map<string, string>();
  const pending = [...packageDirs.map((dir) => ({ dir, ownOnly: true })), ...extraDirs.map((dir) => ({ dir, ownOnly: false }))];

  while (pending.length > 0) {
    const { dir, ownOnly } = pending.pop()!;
    const manifest = readManifest(dir);
    if (!ownOnly) {
      const key = `${manifest.name}@${manifest.version}`;
      if (found.has(key)) {
        continue;
      }
      found.set(key, dir);
    }

    for (const dependency of Object.keys(manifest.dependencies ?? {})) {
      if (dependency.startsWith('@devrev-ts/')) {
        continue;
      }
      pending.push({ dir: findInstalled(dependency, dir), ownOnly: false });
    }
  }

  // An installed package folder is already what its tarball holds, so tar
  // packs it under the `package/` prefix npm expects. `npm pack` is not used
  // because npm 11 crashes packing a folder inside pnpm's store. pnpm links
  // identical files to one inode, and npm drops tar's hard-link entries, so
  // they are stored as plain files.
  const tarballs: string[] = [];
  for (const [key, dir] of found) {
    const tarball = join(destination, `${key.replace(/^@/, '').replace(/[/@]/g, '-')}.tgz`);
    await runOrThrow('tar', ['-czf', tarball, '--hard-dereference', '-C', dir, '--transform', 's,^\\.,package,', '.'], { cwd: destination });
    tarballs.push(tarball);
  }
  return tarballs;
}

function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
}

/**
 * Returns the real folder of an installed package, found as Node finds it:
 * in the nearest node_modules folder above the dependent's real path, which
 * pnpm's layout also satisfies.
 */
export function findInstalled(name: string, fromDir: string): string {
  let current = realpathSync(fromDir);
  for (;;) {
    const candidate = join(current, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) {
      return realpathSync(candidate);
    }
    const parent = dirname(current);
    if (parent === current) {
      throw new Error(`${name} is not installed above ${fromDir}; run \`pnpm install\` first.`);
    }
    current = parent;
  }
}
