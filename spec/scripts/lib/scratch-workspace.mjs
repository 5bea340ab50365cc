// A throwaway copy of the repository, for running generators and turbo on a
// spec other than the locked one without touching the real working tree.
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

import { isUrl } from './read-spec-source.mjs';
import { readLock, writeLock } from './spec-lock.mjs';

// .gitignore keeps generated code out of turbo's input hashes, as in the repository.
const ROOT_FILES = ['.gitignore', 'package.json', 'pnpm-workspace.yaml', 'pnpm-lock.yaml', 'turbo.json', 'tsconfig.base.json'];

// Build outputs and caches: the copy regenerates them or links them.
const SKIPPED_NAMES = new Set(['node_modules', 'dist', 'test-results', '.turbo', 'docs']);

/**
 * Copies the repository's root files, spec/, scripts/, .changeset/ and every package under
 * packages/ (sources, scripts and configuration, without build outputs) into
 * a new folder under the system temp folder. Generated code is copied only
 * with `withGenerated`.
 * node_modules folders become symlinks to the real ones, so the copy needs no
 * install. Packages inside the copy still resolve each other through those
 * links to the real packages, so a test that type-checks the copy's sources
 * maps the package names to the copy itself.
 *
 * Returns `{ root, packageDir(name), remove() }`.
 */
export function createScratchWorkspace(repoRoot, { withGenerated = false } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'devrev-ts-scratch-'));

  for (const file of ROOT_FILES) {
    if (existsSync(resolve(repoRoot, file))) {
      cpSync(resolve(repoRoot, file), resolve(root, file));
    }
  }
  for (const folder of ['spec', 'scripts', '.changeset']) {
    cpSync(resolve(repoRoot, folder), resolve(root, folder), { recursive: true });
  }
  pointLockAtRepository(repoRoot, root);
  linkNodeModules(repoRoot, root);

  for (const name of readdirSync(resolve(repoRoot, 'packages'))) {
    const from = resolve(repoRoot, 'packages', name);
    const to = resolve(root, 'packages', name);
    const skipped = (source) => SKIPPED_NAMES.has(basename(source)) || (!withGenerated && basename(source) === 'generated');
    cpSync(from, to, { recursive: true, filter: (source) => !skipped(source) });
    linkNodeModules(from, to);
  }

  return {
    root,
    packageDir: (name) => resolve(root, 'packages', name),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

// The lock's relative source paths are relative to the real repository.
function pointLockAtRepository(repoRoot, root) {
  const lock = readLock(root);
  for (const entry of Object.values(lock)) {
    if (!isUrl(entry.source)) {
      entry.source = resolve(repoRoot, entry.source);
    }
  }
  writeLock(root, lock);
}

function linkNodeModules(fromDir, toDir) {
  const nodeModules = resolve(fromDir, 'node_modules');
  if (existsSync(nodeModules)) {
    symlinkSync(nodeModules, resolve(toDir, 'node_modules'), 'dir');
  }
}
