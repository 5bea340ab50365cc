#!/usr/bin/env node
// `pnpm spec:check`: fails when the generated code is stale against
// spec/spec.lock.json. It checks that each lock entry is well formed and that
// the copy in spec/.cache has the locked SHA-256 and info.version. Then it
// generates again from that copy, in a scratch copy of the repository so the
// working tree is left alone, and compares every package's src/generated.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, readFileSync } from 'node:fs';

import { compareGeneratedOutput, packagesWithGenerate } from './lib/generated-output.mjs';
import { parseSpec } from './lib/parse-spec.mjs';
import { cachedSpecPathIn, repoRoot } from './lib/repo-paths.mjs';
import { createScratchWorkspace } from './lib/scratch-workspace.mjs';
import { lockEntryProblems, readLock, sha256, SURFACES } from './lib/spec-lock.mjs';

function checkLock(lock) {
  const problems = [];
  for (const surface of SURFACES) {
    const entry = lock[surface];
    const entryProblems = lockEntryProblems(surface, entry);
    if (entryProblems.length > 0) {
      problems.push(...entryProblems.map((problem) => `spec/spec.lock.json: ${problem}`));
      continue;
    }

    const cached = cachedSpecPathIn(repoRoot, surface);
    if (!existsSync(cached)) {
      problems.push(`spec/.cache/openapi-${surface}.yaml is missing; run \`pnpm spec:sync\`.`);
      continue;
    }
    const content = readFileSync(cached);
    if (sha256(content) !== entry.sha256) {
      problems.push(
        `spec/.cache/openapi-${surface}.yaml has SHA-256 ${sha256(content)}, but the lock expects ${entry.sha256}; run \`pnpm spec:sync\`.`,
      );
      continue;
    }
    const { version } = parseSpec(content, `spec/.cache/openapi-${surface}.yaml`).info;
    if (version !== entry.version) {
      problems.push(
        `spec/spec.lock.json says the ${surface} spec is version ${entry.version}, but its info.version is ${version}; ` +
          `run \`pnpm spec:update --surface ${surface} ${entry.source}\`.`,
      );
    }
  }
  return problems;
}

const run = promisify(execFile);

// Runs every package's generate script in the scratch copy, side by side.
async function checkGeneratedOutput() {
  const scratch = createScratchWorkspace(repoRoot);
  try {
    const results = await Promise.all(
      packagesWithGenerate(repoRoot).map((name) => generateAndCompare(name, scratch)),
    );
    return results.flat();
  } finally {
    scratch.remove();
  }
}

async function generateAndCompare(name, scratch) {
  try {
    await run('pnpm', ['run', 'generate'], { cwd: scratch.packageDir(name), maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    process.stderr.write(`${error.stdout ?? ''}${error.stderr ?? ''}`);
    return [`packages/${name}: its generate script failed on the locked spec (exit ${error.code ?? error.signal}).`];
  }
  return compareGeneratedOutput(name, repoRoot, scratch.root);
}

const lockProblems = checkLock(readLock(repoRoot));
const problems = lockProblems.length > 0 ? lockProblems : await checkGeneratedOutput();

if (problems.length > 0) {
  console.error('spec:check: the generated code does not match spec/spec.lock.json:');
  problems.forEach((problem) => console.error(`  ${problem}`));
  console.error('Run `pnpm generate` to regenerate from the locked spec.');
  process.exit(1);
}
console.log('spec:check: the lock, spec/.cache and every package\'s generated code agree.');
