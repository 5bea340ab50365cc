import { resolve } from 'node:path';

/** The repository root. */
export const repoRoot = resolve(import.meta.dirname, '../../../..');

/** Returns the path of a binary that the root package installs. */
export function rootBin(name: string): string {
  return resolve(repoRoot, 'node_modules/.bin', name);
}

/** The folder of fixture files the tests copy into scratch projects. */
export const fixturesDir = resolve(import.meta.dirname, '../../fixtures');
