import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { benchmarksRoot, installedPackageDir, repositoryRoot } from '../paths.js';
import { runCommand } from './run-command.js';

/** A directory with a consumer file and a node_modules it resolves its imports from. */
export interface ConsumerProject {
  directory: string;
  /** Path of the consumer file inside `directory`. */
  entry: string;
}

// A strict tsconfig.json of a Node.js 20 application. Most applications set
// skipLibCheck; the type-check case also runs without it from the command line.
const tsconfig = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2022'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: ['node'],
  },
  files: ['consumer.ts'],
};

/** The workspace packages our consumer needs, in the order they depend on each other. */
const ourPackages = ['core', 'pagination', 'incidents'];

/**
 * Packs our packages with `pnpm pack` and installs the tarballs, as a user's
 * `npm install` would, into `<root>/devrev-ts`, next to our consumer file.
 *
 * Installing unpacks each tarball into node_modules and links each of their
 * third-party dependencies (openapi-fetch) from the benchmarks package's own
 * installation, so no step needs the network.
 */
export async function createOurConsumerProject(root: string): Promise<ConsumerProject> {
  const directory = join(root, 'devrev-ts');
  const tarballs = join(root, 'tarballs');
  mkdirSync(tarballs, { recursive: true });

  const packed = await Promise.all(ourPackages.map((name) => packWorkspacePackage(name, tarballs)));

  const installed = new Set<string>();
  for (const { name, tarball } of packed) {
    const target = join(directory, 'node_modules', name);
    mkdirSync(target, { recursive: true });
    await runCommand('tar', ['-xzf', tarball, '-C', target, '--strip-components=1'], root);
    installed.add(name);
  }

  for (const { name } of packed) {
    const manifest = JSON.parse(readFileSync(join(directory, 'node_modules', name, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    for (const dependency of Object.keys(manifest.dependencies ?? {})) {
      if (!installed.has(dependency)) {
        linkInstalledPackage(directory, dependency);
        installed.add(dependency);
      }
    }
  }

  return writeProjectFiles(directory, 'devrev-ts.ts');
}

/** Links the official SDK, as installed from npm for the benchmarks package, next to its consumer file in `<root>/official-sdk`. */
export function createOfficialConsumerProject(root: string): ConsumerProject {
  const directory = join(root, 'official-sdk');
  linkInstalledPackage(directory, '@devrev/typescript-sdk');
  return writeProjectFiles(directory, 'official-sdk.ts');
}

/** Creates `<root>/baseline`, a project whose consumer imports no SDK, to show the cost of the rest. */
export function createBaselineProject(root: string): ConsumerProject {
  return writeProjectFiles(join(root, 'baseline'), 'baseline.ts');
}

async function packWorkspacePackage(directoryName: string, destination: string): Promise<{ name: string; tarball: string }> {
  const packageDir = join(repositoryRoot, 'packages', directoryName);
  const output = await runCommand('pnpm', ['pack', '--pack-destination', destination, '--json'], packageDir);
  const { name, filename } = JSON.parse(output) as { name: string; filename: string };
  return { name, tarball: filename };
}

function linkInstalledPackage(projectDir: string, name: string): void {
  const link = join(projectDir, 'node_modules', name);
  mkdirSync(dirname(link), { recursive: true });
  symlinkSync(installedPackageDir(name), link, 'dir');
}

/** Writes an ES module project around the consumer: package.json, tsconfig.json and the consumer file. */
function writeProjectFiles(directory: string, consumerFile: string): ConsumerProject {
  linkInstalledPackage(directory, '@types/node');
  writeFileSync(join(directory, 'package.json'), JSON.stringify({ name: 'bench-consumer', private: true, type: 'module' }, null, 2));

  const entry = join(directory, 'consumer.ts');
  copyFileSync(join(benchmarksRoot, 'consumers', consumerFile), entry);
  writeFileSync(join(directory, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  return { directory, entry };
}
