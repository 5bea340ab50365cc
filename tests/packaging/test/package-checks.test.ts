import { describe, expect, it } from 'vitest';

import { publicPackages } from '../../../scripts/lib/public-packages.mjs';
import { repoRoot } from './helpers/repository.js';
import { runCommand } from './helpers/run-command.js';

describe('pnpm check:packages', () => {
  it('passes publint and attw for every package', async () => {
    const result = await runCommand('node', ['scripts/check-packages.mjs'], { cwd: repoRoot });

    expect(result.exitCode, result.output).toBe(0);
    for (const pkg of publicPackages(repoRoot)) {
      expect(result.stdout).toContain(`ok   ${pkg.name}: publint`);
      expect(result.stdout).toContain(`ok   ${pkg.name}: attw`);
    }
  });
});
