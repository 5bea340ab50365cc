// Reads, checks and writes spec/spec.lock.json.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

import { lockPathIn } from './repo-paths.mjs';

/** The API surfaces DevRev publishes a spec for. */
export const SURFACES = ['beta', 'public'];

export function sha256(content) {
  return createHash('sha256').update(content).digest('hex');
}

/** Reads the lock: `{ beta: { source, sha256, version, date }, public: {...} }`. */
export function readLock(root) {
  return JSON.parse(readFileSync(lockPathIn(root), 'utf8'));
}

export function writeLock(root, lock) {
  writeFileSync(lockPathIn(root), `${JSON.stringify(lock, null, 2)}\n`);
}

/** Returns a list of problems with one lock entry; empty when it is well formed. */
export function lockEntryProblems(surface, entry) {
  const problems = [];
  if (typeof entry?.source !== 'string' || entry.source === '') {
    problems.push(`${surface}.source is missing; expected a path relative to the repository root or an http(s) URL.`);
  }
  if (!/^[0-9a-f]{64}$/.test(entry?.sha256 ?? '')) {
    problems.push(`${surface}.sha256 is ${JSON.stringify(entry?.sha256)}; expected 64 lowercase hex digits.`);
  }
  if (typeof entry?.version !== 'string' || entry.version === '') {
    problems.push(`${surface}.version is missing; expected the spec's info.version.`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(entry?.date ?? '')) {
    problems.push(`${surface}.date is ${JSON.stringify(entry?.date)}; expected a date as YYYY-MM-DD.`);
  }
  return problems;
}
