import { resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { fixturesDir, rootBin } from './helpers/repository.js';
import { runCommand } from './helpers/run-command.js';

describe("apiVersion: 'public'", () => {
  // The fixture marks each expected type error with @ts-expect-error, so tsc
  // fails both when incidents become usable on the public surface and when a
  // public endpoint stops type-checking.
  it('types the public surface and rejects incidents', async () => {
    const project = resolve(fixturesDir, 'public-surface/tsconfig.json');

    const result = await runCommand(rootBin('tsc'), ['-p', project], { cwd: fixturesDir });

    expect(result.exitCode, result.output).toBe(0);
  });

  it('names the missing import in the error', async () => {
    const project = resolve(fixturesDir, 'public-surface-not-imported/tsconfig.json');

    const result = await runCommand(rootBin('tsc'), ['-p', project], { cwd: fixturesDir });

    expect(result.exitCode, result.output).not.toBe(0);
    expect(result.output).toContain("Import '@devrev-ts/core/public' to use apiVersion 'public'");
  });
});
