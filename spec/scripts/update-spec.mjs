#!/usr/bin/env node
// `pnpm spec:update [--surface beta|public] <path-or-url>`: adopts a new
// DevRev spec. It copies the spec into spec/.cache/, records its source,
// SHA-256, info.version and today's date in spec/spec.lock.json, prints what
// changed for users of the packages, and regenerates every package.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { regenerate } from './lib/regenerate.mjs';
import { lockSourceFor, readSpecSource } from './lib/read-spec-source.mjs';
import { cacheDirIn, cachedSpecPathIn, repoRoot } from './lib/repo-paths.mjs';
import { parseSpec } from './lib/parse-spec.mjs';
import { diffSpecs, formatChanges } from './lib/spec-changes.mjs';
import { readLock, sha256, SURFACES, writeLock } from './lib/spec-lock.mjs';
import { findUsedSchemas } from './lib/used-schemas.mjs';

const USAGE = `Usage: pnpm spec:update [--surface beta|public] [--no-generate] <path-or-url>

  <path-or-url>   the new spec: a file path (relative to where you run pnpm) or an http(s) URL
  --surface       which spec to replace: beta (the default) or public
  --no-generate   update spec/.cache and the lock only; run \`pnpm generate\` later`;

class UsageError extends Error {}

function parseCommandLine(args) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      surface: { type: 'string', default: 'beta' },
      'no-generate': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });

  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (!SURFACES.includes(values.surface)) {
    throw new UsageError(`invalid --surface ${JSON.stringify(values.surface)}; expected one of: ${SURFACES.join(', ')}.`);
  }
  if (positionals.length !== 1) {
    throw new UsageError(`expected one path or URL of the new spec, got ${positionals.length}.`);
  }
  return { surface: values.surface, source: positionals[0], generate: !values['no-generate'] };
}

// The spec the lock pointed at before this update, for the change report:
// the cached copy, or the locked source if it still has the locked SHA-256.
async function readLockedSpec(surface, entry) {
  const cached = cachedSpecPathIn(repoRoot, surface);
  if (existsSync(cached) && sha256(readFileSync(cached)) === entry.sha256) {
    return readFileSync(cached);
  }
  const content = await readSpecSource(entry.source, repoRoot).catch(() => undefined);
  return content !== undefined && sha256(content) === entry.sha256 ? content : undefined;
}

async function main() {
  const { surface, source, generate } = parseCommandLine(process.argv.slice(2));
  const callerDir = process.env.INIT_CWD ?? process.cwd();

  const lock = readLock(repoRoot);
  const previous = lock[surface];
  const previousContent = previous === undefined ? undefined : await readLockedSpec(surface, previous);

  const content = await readSpecSource(source, callerDir).catch((error) => {
    throw new Error(`${error.message} Pass the path of an existing spec file or an http(s) URL.`);
  });
  const spec = parseSpec(content, source);
  const digest = sha256(content);

  mkdirSync(cacheDirIn(repoRoot), { recursive: true });
  writeFileSync(cachedSpecPathIn(repoRoot, surface), content);

  // The date records when this content was adopted, so it moves only when the SHA-256 does.
  const unchanged = previous?.sha256 === digest;
  lock[surface] = {
    source: lockSourceFor(source, callerDir, repoRoot),
    sha256: digest,
    version: spec.info.version,
    date: unchanged ? previous.date : new Date().toISOString().slice(0, 10),
  };
  writeLock(repoRoot, lock);
  console.log(`spec:update: the ${surface} spec is now ${lock[surface].source}`);
  console.log(`  version ${lock[surface].version}, SHA-256 ${digest}, adopted ${lock[surface].date}`);

  if (unchanged) {
    console.log('\nThe spec content is unchanged.');
  } else if (previousContent === undefined) {
    console.log(`\nNo copy of the previous ${surface} spec (SHA-256 ${previous?.sha256}) was found, so there is no change report.`);
  } else {
    const before = parseSpec(previousContent, `the previous ${surface} spec`);
    const usedSchemas = findUsedSchemas(repoRoot, { ...before.components?.schemas, ...spec.components?.schemas });
    console.log(`\nChanges since the previous ${surface} spec:`);
    console.log(formatChanges(diffSpecs(before, spec, usedSchemas)));
  }

  if (generate) {
    console.log('');
    regenerate(repoRoot);
  }
}

main().catch((error) => {
  console.error(`spec:update: ${error.message}`);
  if (error instanceof UsageError || error.code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(USAGE);
  }
  process.exit(1);
});
