// Locations inside the repository that the spec scripts read and write.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file's location. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Returns the path of the lock that pins each spec surface to a source and a SHA-256. */
export function lockPathIn(root) {
  return resolve(root, 'spec/spec.lock.json');
}

/** Returns the gitignored folder where `spec:sync` puts the copies that turbo hashes. */
export function cacheDirIn(root) {
  return resolve(root, 'spec/.cache');
}

/** Returns the path of one surface's cached spec, which every `generate` script reads. */
export function cachedSpecPathIn(root, surface) {
  return resolve(cacheDirIn(root), `openapi-${surface}.yaml`);
}
