// Locations inside the repository that the spec scripts read and write.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file's location. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The lock that pins each spec surface to a source and a SHA-256. */
export function lockPathIn(root) {
  return resolve(root, 'spec/spec.lock.json');
}

/** The gitignored folder where `spec:sync` puts the copies that turbo hashes. */
export function cacheDirIn(root) {
  return resolve(root, 'spec/.cache');
}

/** The cached copy of one surface's spec, which every `generate` script reads. */
export function cachedSpecPathIn(root, surface) {
  return resolve(cacheDirIn(root), `openapi-${surface}.yaml`);
}
