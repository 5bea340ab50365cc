import { gzipSync } from 'node:zlib';

import { build } from 'esbuild';

import type { ConsumerProject } from '../install/consumer-projects.js';

export interface BundleSize {
  minifiedBytes: number;
  gzipBytes: number;
}

export interface BundleSizeResult {
  ours: BundleSize;
  official: BundleSize;
}

/**
 * Bundles each consumer with every dependency it imports, minified, for
 * Node.js 20 as an ES module, and gzips the bundle at level 9. Node.js
 * built-ins stay external. The sizes are deterministic, so one build of each is enough.
 */
export async function runBundleSize(ours: ConsumerProject, official: ConsumerProject): Promise<BundleSizeResult> {
  return { ours: await bundleSize(ours), official: await bundleSize(official) };
}

async function bundleSize(project: ConsumerProject): Promise<BundleSize> {
  const result = await build({
    entryPoints: [project.entry],
    absWorkingDir: project.directory,
    bundle: true,
    minify: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });

  const output = result.outputFiles[0];
  if (output === undefined) {
    throw new Error(`esbuild wrote no output for ${project.entry}.`);
  }
  return { minifiedBytes: output.contents.byteLength, gzipBytes: gzipSync(output.contents, { level: 9 }).byteLength };
}
