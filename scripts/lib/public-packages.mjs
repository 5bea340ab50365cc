// The packages this repository publishes, and how to pack them as npm will see them.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Returns `{ name, version, dir, manifest }` for every package under packages/ that is not private. */
export function publicPackages(root) {
  const packagesDir = resolve(root, 'packages');
  return readdirSync(packagesDir)
    .map((folder) => resolve(packagesDir, folder))
    .filter((dir) => existsSync(resolve(dir, 'package.json')))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8')) }))
    .filter(({ manifest }) => manifest.private !== true)
    .map(({ dir, manifest }) => ({ name: manifest.name, version: manifest.version, dir, manifest }));
}

/**
 * Packs one package with `pnpm pack`, which replaces `workspace:` ranges with
 * real versions the way `pnpm publish` does. Returns `{ tarball, files }`:
 * the tarball's path and the paths of the files inside it.
 */
export async function packPackage(dir, destination) {
  const { stdout } = await run('pnpm', ['pack', '--json', '--pack-destination', destination], {
    cwd: dir,
    maxBuffer: 16 * 1024 * 1024,
  });
  const packed = JSON.parse(stdout);
  return { tarball: packed.filename, files: packed.files.map((file) => file.path) };
}

/** Reads package/package.json from a packed tarball. */
export async function readPackedManifest(tarball) {
  const { stdout } = await run('tar', ['-xzOf', tarball, 'package/package.json'], { maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout);
}

/** Returns the dependency entries of a manifest that still use a `workspace:` range, as `field: name@range`. */
export function workspaceRanges(manifest) {
  const fields = ['dependencies', 'peerDependencies', 'optionalDependencies', 'devDependencies'];
  return fields.flatMap((field) =>
    Object.entries(manifest[field] ?? {})
      .filter(([, range]) => String(range).startsWith('workspace:'))
      .map(([name, range]) => `${field}: ${name}@${range}`),
  );
}

/**
 * Returns the files that package.json points at (main, module, types, bin and
 * every exports target) but that are missing from the packed `files`.
 */
export function missingEntryFiles(manifest, files) {
  const packed = new Set(files.map((file) => file.replace(/^\.\//, '')));
  const targets = [manifest.main, manifest.module, manifest.types, ...Object.values(manifest.bin ?? {}), ...exportTargets(manifest.exports)];
  return [...new Set(targets.filter((target) => typeof target === 'string'))]
    .map((target) => target.replace(/^\.\//, ''))
    .filter((target) => !packed.has(target));
}

function exportTargets(exports) {
  if (typeof exports === 'string') {
    return [exports];
  }
  if (exports === null || typeof exports !== 'object') {
    return [];
  }
  return Object.values(exports).flatMap((value) => exportTargets(value));
}
