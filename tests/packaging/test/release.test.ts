import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { publicPackages } from '../../../scripts/lib/public-packages.mjs';
import { repoRoot, rootBin } from './helpers/repository.js';
import { runCommand } from './helpers/run-command.js';
import { createScratch, type Scratch } from './helpers/scratch.js';

// Points npm and pnpm at a closed loopback port, so a publish that should not
// happen fails instead of reaching a registry.
const offlineRegistry = { npm_config_registry: 'http://127.0.0.1:9/' };

interface Manifest {
  version: string;
}

const scratches: Scratch[] = [];

function scratchWithChangeset(body: string): Scratch {
  const scratch = createScratch();
  scratches.push(scratch);
  const changesetDir = resolve(scratch.root, '.changeset');
  for (const file of readdirSync(changesetDir).filter((name) => name.endsWith('.md'))) {
    rmSync(resolve(changesetDir, file));
  }
  writeFileSync(resolve(changesetDir, 'war-rooms.md'), body);
  return scratch;
}

function nextMinor(version: string): string {
  const [major, minor] = version.split('.').map(Number);
  return `${major}.${(minor ?? 0) + 1}.0`;
}

afterEach(() => {
  scratches.splice(0).forEach((scratch) => scratch.remove());
});

describe('pnpm release', () => {
  it('packs every package in a dry run and publishes nothing', async () => {
    const result = await runCommand('node', ['scripts/release.mjs', '--dry-run', '--skip-checks'], {
      cwd: repoRoot,
      env: offlineRegistry,
    });

    expect(result.exitCode, result.output).toBe(0);
    for (const pkg of publicPackages(repoRoot)) {
      expect(result.stdout).toContain(`release: packed ${pkg.name}@${pkg.version}`);
    }
    expect(result.stdout).toContain('release: dry run: nothing was published.');
    expect(result.stdout).not.toContain('release: publish:');
  });

  it('rejects a release while changesets are pending', async () => {
    const scratch = scratchWithChangeset('---\n"@devrev-ts/incidents": minor\n---\n\nAdd war rooms.\n');

    const result = await runCommand('node', ['scripts/release.mjs', '--skip-checks'], { cwd: scratch.root, env: offlineRegistry });

    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('1 changesets are not applied yet (war-rooms.md)');
    expect(result.stdout).not.toContain('release: packed');
  });

  it('rejects an unknown option', async () => {
    const result = await runCommand('node', ['scripts/release.mjs', '--publish-now'], { cwd: repoRoot, env: offlineRegistry });

    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain("Unknown option '--publish-now'");
    expect(result.stderr).toContain('Usage: pnpm release');
  });
});

describe('changeset version', () => {
  it('moves every package to the same version and writes changelogs', async () => {
    const scratch = scratchWithChangeset('---\n"@devrev-ts/incidents": minor\n---\n\nAdd war rooms.\n');
    const before = publicPackages(scratch.root);
    const expected = nextMinor(before.find((pkg) => pkg.name === '@devrev-ts/incidents')!.version);

    const result = await runCommand(rootBin('changeset'), ['version'], { cwd: scratch.root });

    expect(result.exitCode, result.output).toBe(0);
    for (const pkg of before) {
      const manifest: Manifest = JSON.parse(readFileSync(resolve(pkg.dir, 'package.json'), 'utf8'));
      const changelog = readFileSync(resolve(pkg.dir, 'CHANGELOG.md'), 'utf8');

      expect(manifest.version, pkg.name).toBe(expected);
      expect(changelog, pkg.name).toContain(`# ${pkg.name}\n\n## ${expected}`);
    }
    const incidentsChangelog = readFileSync(resolve(scratch.packageDir('incidents'), 'CHANGELOG.md'), 'utf8');
    expect(incidentsChangelog).toContain('### Minor Changes\n\n- Add war rooms.');
    expect(readdirSync(resolve(scratch.root, '.changeset'))).not.toContain('war-rooms.md');
  });
});
