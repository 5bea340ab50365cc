#!/usr/bin/env node
// `pnpm release [--dry-run] [--skip-checks]`: builds, tests and publishes
// every public package whose version is not on npm yet.
//
// Run it after `pnpm version-packages` has applied the pending changesets and
// that commit is on main. Before publishing it packs each package and checks
// the packed manifest: no `workspace:` range is left and every file it points
// at is inside. `--dry-run` does everything but publish.
// `--skip-checks` skips the build and the tests, for callers that have just
// run them on the same commit (such as the repository's own tests, which
// cannot run themselves again).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { missingEntryFiles, packPackage, publicPackages, readPackedManifest, workspaceRanges } from './lib/public-packages.mjs';

const repoRoot = resolve(import.meta.dirname, '..');

const USAGE = `Usage: pnpm release [--dry-run] [--skip-checks]

  --dry-run       build, test and pack every public package, but publish nothing
  --skip-checks   skip \`pnpm build\` and \`pnpm test\` (only when they just passed on this commit)`;

/** Returns the changeset files that `pnpm version-packages` has not applied yet. */
function pendingChangesets() {
  return readdirSync(resolve(repoRoot, '.changeset')).filter((file) => file.endsWith('.md') && file !== 'README.md');
}

function runStep(label, command, args) {
  console.log(`release: ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error(`${label} failed (exit ${result.status ?? result.signal}); nothing was published.`);
  }
}

// The fixed changesets group keeps every package at one version, so a mismatch means someone edited a version by hand.
function checkOneVersion(packages) {
  const versions = new Set(packages.map((pkg) => pkg.version));
  if (versions.size !== 1) {
    const list = packages.map((pkg) => `${pkg.name}@${pkg.version}`).join(', ');
    throw new Error(`the packages must share one version, but they have ${list}. Run \`pnpm version-packages\`.`);
  }
}

// Packs every package and checks what npm would receive, then lists it.
async function checkPackedPackages(packages) {
  const packDir = mkdtempSync(join(tmpdir(), 'devrev-ts-release-'));
  try {
    for (const pkg of packages) {
      const { tarball, files } = await packPackage(pkg.dir, packDir);
      const manifest = await readPackedManifest(tarball);

      const leftoverRanges = workspaceRanges(manifest);
      if (leftoverRanges.length > 0) {
        throw new Error(`${pkg.name} would be published with ${leftoverRanges.join(', ')}; pnpm pack should have replaced them.`);
      }
      const missing = missingEntryFiles(manifest, files);
      if (missing.length > 0) {
        throw new Error(`${pkg.name} would be published without ${missing.join(', ')}, which its package.json points at. Run \`pnpm build\`.`);
      }
      console.log(`release: packed ${pkg.name}@${pkg.version} (${files.length} files): ${files.join(', ')}`);
    }
  } finally {
    rmSync(packDir, { recursive: true, force: true });
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      'dry-run': { type: 'boolean', default: false },
      'skip-checks': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const dryRun = values['dry-run'];

  const pending = pendingChangesets();
  if (pending.length > 0) {
    const message = `${pending.length} changesets are not applied yet (${pending.join(', ')}); run \`pnpm version-packages\` and commit first.`;
    if (!dryRun) {
      throw new Error(message);
    }
    console.log(`release: warning: ${message}`);
  }

  const packages = publicPackages(repoRoot);
  checkOneVersion(packages);

  if (values['skip-checks']) {
    console.log('release: skipping build and tests (--skip-checks)');
  } else {
    runStep('build', 'pnpm', ['build']);
    runStep('test', 'pnpm', ['test']);
  }

  await checkPackedPackages(packages);
  if (dryRun) {
    console.log('release: dry run: nothing was published.');
    return;
  }

  // changeset publish runs `pnpm publish` for each package whose version npm
  // does not have yet, which replaces workspace: ranges, and tags the commit.
  runStep('publish', 'pnpm', ['exec', 'changeset', 'publish']);
}

main().catch((error) => {
  console.error(`release: ${error.message}`);
  if (error.code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(USAGE);
  }
  process.exit(1);
});
