#!/usr/bin/env node
// Copies DevRev's OpenAPI documents into spec/.cache/, where turbo can hash them.
//
// turbo ignores inputs outside the repository, so the generate task reads this
// gitignored copy instead of the source. Each source is checked against the
// SHA-256 in spec/spec.lock.json; an environment override (DEVREV_SPEC_BETA,
// DEVREV_SPEC_PUBLIC) may differ from the lock and only prints a warning.
// A URL source is fetched only when the cached copy does not match the lock.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

import { readSpecSource, isUrl } from './lib/read-spec-source.mjs';
import { cacheDirIn, cachedSpecPathIn, repoRoot } from './lib/repo-paths.mjs';
import { readLock, sha256 } from './lib/spec-lock.mjs';

const overrides = {
  beta: process.env.DEVREV_SPEC_BETA,
  public: process.env.DEVREV_SPEC_PUBLIC,
};

function cachedDigest(target) {
  return existsSync(target) ? sha256(readFileSync(target)) : undefined;
}

async function syncOne(surface, entry) {
  const override = overrides[surface];
  const source = override ?? entry.source;
  const target = cachedSpecPathIn(repoRoot, surface);

  if (override === undefined && isUrl(source) && cachedDigest(target) === entry.sha256) {
    return;
  }

  const content = await readSpecSource(source, repoRoot).catch((error) => {
    throw new Error(
      `spec:sync: reading the ${surface} spec failed: ${error.message} ` +
        `Place DevRev's OpenAPI document there, or set DEVREV_SPEC_${surface.toUpperCase()} to a local copy.`,
    );
  });
  const digest = sha256(content);

  if (digest !== entry.sha256) {
    const message =
      `the ${surface} spec at ${source} has SHA-256 ${digest}, ` +
      `but spec/spec.lock.json expects ${entry.sha256}.`;
    if (override === undefined) {
      throw new Error(`spec:sync: ${message} Run \`pnpm spec:update --surface ${surface} ${source}\` to adopt it.`);
    }
    console.warn(`spec:sync: warning: ${message} Using it because DEVREV_SPEC_${surface.toUpperCase()} is set.`);
  }

  if (cachedDigest(target) !== digest) {
    writeFileSync(target, content);
  }
}

mkdirSync(cacheDirIn(repoRoot), { recursive: true });

try {
  for (const [surface, entry] of Object.entries(readLock(repoRoot))) {
    await syncOne(surface, entry);
  }
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
