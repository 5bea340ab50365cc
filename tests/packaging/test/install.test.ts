// Packs every public package with pnpm and installs the tarballs with npm into
// a fresh project outside the workspace. There the tests use them as a user
// would: the incident lifecycle from ESM and from CommonJS, and a strict
// type-check under moduleResolution node16 and bundler. Third-party
// dependencies are packed from this repository's installation and installed
// with them, so npm runs offline and reaches no registry.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { missingEntryFiles, packPackage, publicPackages } from '../../../scripts/lib/public-packages.mjs';
import { fixturesDir, repoRoot, rootBin } from './helpers/repository.js';
import { runCommand, runOrThrow } from './helpers/run-command.js';
import { findInstalled, packThirdPartyDependencies } from './helpers/third-party-tarballs.js';


interface LifecycleReport {
  resolved: string[];
  created: { severity: string; hasDisplayId: boolean };
  listed: number;
  updatedStage: string;
  groupedIncidents: number;
  notFound: string;
}

describe('packed packages installed with npm', () => {
  const packages = publicPackages(repoRoot);
  let workDir: string;
  let projectDir: string;

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'devrev-ts-install-'));
    projectDir = join(workDir, 'project');
    const tarballDir = join(workDir, 'tarballs');
    mkdirSync(tarballDir);
    cpSync(resolve(fixturesDir, 'installed'), projectDir, { recursive: true });

    const packed = await Promise.all(packages.map((pkg) => packPackage(pkg.dir, tarballDir)));
    packages.forEach((pkg, index) => {
      const missing = missingEntryFiles(pkg.manifest, packed[index]!.files);
      if (missing.length > 0) {
        throw new Error(`${pkg.name} was packed without ${missing.join(', ')}; run \`pnpm build\` first.`);
      }
    });
    // The consumer project compiles against the repository's own Node types.
    const thirdParty = await packThirdPartyDependencies(
      packages.map((pkg) => pkg.dir),
      [findInstalled('@types/node', repoRoot)],
      tarballDir,
    );
    await runOrThrow(
      'npm',
      ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', ...packed.map(({ tarball }) => tarball), ...thirdParty],
      { cwd: projectDir },
    );
  });

  afterAll(() => {
    if (workDir !== undefined) {
      rmSync(workDir, { recursive: true, force: true });
    }
  });

  it('replaces workspace ranges with versions', () => {
    for (const pkg of packages) {
      const installed = JSON.parse(readFileSync(join(projectDir, 'node_modules', pkg.name, 'package.json'), 'utf8'));

      expect(installed.version, pkg.name).toBe(pkg.version);
      expect(JSON.stringify(installed), pkg.name).not.toContain('workspace:');
      for (const [dependency, range] of Object.entries<string>(installed.dependencies ?? {})) {
        if (dependency.startsWith('@devrev-ts/')) {
          expect(range, `${pkg.name} -> ${dependency}`).toBe(pkg.version);
        }
      }
    }
  });

  for (const [format, file, entry] of [
    ['ESM', 'esm.mjs', '/dist/index.js'],
    ['CommonJS', 'require.cjs', '/dist/index.cjs'],
  ] as const) {
    it(`runs the incident lifecycle from ${format}`, async () => {
      const result = await runCommand('node', [file], { cwd: projectDir });
      expect(result.exitCode, result.output).toBe(0);

      const report: LifecycleReport = JSON.parse(result.stdout);
      expect(report.resolved).toHaveLength(3);
      for (const path of report.resolved) {
        expect(path).toContain(join(projectDir, 'node_modules'));
        expect(path.endsWith(entry), path).toBe(true);
      }
      expect(report.created).toEqual({ severity: 'SEV1', hasDisplayId: true });
      expect(report.listed).toBe(61);
      expect(report.updatedStage).toBe('MITIGATED');
      expect(report.groupedIncidents).toBe(61);
      expect(report.notFound).toBe('NotFoundError');
    });
  }

  for (const resolution of ['node16', 'bundler']) {
    it.concurrent(`type-checks a consumer under moduleResolution ${resolution}`, async () => {
      const result = await runCommand(rootBin('tsc'), ['-p', `tsconfig.${resolution}.json`, '--strict'], { cwd: projectDir });

      expect(result.exitCode, result.output).toBe(0);
    });
  }
});
