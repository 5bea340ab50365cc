import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { compareGeneratedOutput } from '../../../spec/scripts/lib/generated-output.mjs';

const roots: string[] = [];

// Creates a repository-shaped folder whose core package has these generated files.
function rootWithGenerated(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'generated-output-'));
  roots.push(root);
  for (const [name, content] of Object.entries(files)) {
    const path = join(root, 'packages/core/src/generated', name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return root;
}

afterEach(() => {
  roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true }));
});

describe('compareGeneratedOutput', () => {
  it('accepts identical output', () => {
    const actual = rootWithGenerated({ 'beta.ts': 'a', 'nested/x.ts': 'b' });
    const expected = rootWithGenerated({ 'beta.ts': 'a', 'nested/x.ts': 'b' });

    expect(compareGeneratedOutput('core', actual, expected)).toEqual([]);
  });

  it('names a stale file', () => {
    const actual = rootWithGenerated({ 'beta.ts': 'old' });
    const expected = rootWithGenerated({ 'beta.ts': 'new' });

    expect(compareGeneratedOutput('core', actual, expected)).toEqual([
      'packages/core/src/generated/beta.ts is stale: it differs from what the locked spec generates.',
    ]);
  });

  it('names missing and leftover files', () => {
    const actual = rootWithGenerated({ 'old.ts': 'a' });
    const expected = rootWithGenerated({ 'beta.ts': 'a' });

    expect(compareGeneratedOutput('core', actual, expected)).toEqual([
      'packages/core/src/generated/beta.ts is missing.',
      'packages/core/src/generated/old.ts is no longer generated from the locked spec.',
    ]);
  });

  it('reports everything missing when nothing was generated', () => {
    const actual = rootWithGenerated({});
    const expected = rootWithGenerated({ 'beta.ts': 'a', 'public.ts': 'b' });

    expect(compareGeneratedOutput('core', actual, expected)).toHaveLength(2);
  });
});
