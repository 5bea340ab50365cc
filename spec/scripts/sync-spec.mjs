#!/usr/bin/env node
// Copies DevRev's OpenAPI documents into spec/.cache/, where turbo can hash them.
//
// turbo ignores inputs outside the repository, so the generate task reads this
// gitignored copy instead of the source. Each source is checked against the
// SHA-256 in spec/spec.lock.json; an environment override (DEVREV_SPEC_BETA,
// DEVREV_SPEC_PUBLIC) may differ from the lock and only prints a warning.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const lockPath = resolve(repoRoot, 'spec/spec.lock.json');
const cacheDir = resolve(repoRoot, 'spec/.cache');

const overrides = {
  beta: process.env.DEVREV_SPEC_BETA,
  public: process.env.DEVREV_SPEC_PUBLIC,
};

function sha256(content) {
  return createHash('sha256').update(content).digest('hex');
}

function syncOne(name, entry) {
  const override = overrides[name];
  const source = resolve(repoRoot, override ?? entry.source);

  if (!existsSync(source)) {
    throw new Error(
      `spec:sync: the ${name} spec was not found at ${source}. ` +
        `Place DevRev's OpenAPI documents there, or set DEVREV_SPEC_${name.toUpperCase()} to a local copy.`,
    );
  }

  const content = readFileSync(source);
  const digest = sha256(content);

  if (digest !== entry.sha256) {
    const message =
      `the ${name} spec at ${source} has SHA-256 ${digest}, ` +
      `but spec/spec.lock.json expects ${entry.sha256}.`;
    if (!override) {
      throw new Error(`spec:sync: ${message} Run \`pnpm spec:update ${name} <path>\` to adopt it.`);
    }
    console.warn(`spec:sync: warning: ${message} Using it because DEVREV_SPEC_${name.toUpperCase()} is set.`);
  }

  const target = resolve(cacheDir, `openapi-${name}.yaml`);
  const unchanged = existsSync(target) && sha256(readFileSync(target)) === digest;
  if (!unchanged) {
    writeFileSync(target, content);
  }
}

const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
mkdirSync(cacheDir, { recursive: true });

try {
  for (const [name, entry] of Object.entries(lock)) {
    syncOne(name, entry);
  }
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
