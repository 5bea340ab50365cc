import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

import { describe, expect, it } from 'vitest';

import { refusedUrl } from './helpers/raw-server.js';

const distUrl = new URL('../dist/', import.meta.url);

interface BuiltModule {
  createDevRevClient: (options: Record<string, unknown>) => { POST: (path: string, init: object) => Promise<unknown> };
  ConnectionError: new (...args: never[]) => Error;
}

async function loadBuilt(format: 'esm' | 'cjs'): Promise<BuiltModule> {
  const file = new URL(format === 'esm' ? 'index.js' : 'index.cjs', distUrl);
  if (!existsSync(file)) {
    throw new Error(`${file.pathname} is missing: run \`pnpm --filter @devrev-ts/core build\` first.`);
  }
  return format === 'esm' ? import(file.href) : createRequire(import.meta.url)(file.pathname);
}

describe('built package', () => {
  it.each(['esm', 'cjs'] as const)('creates a working client from the %s build', async (format) => {
    const built = await loadBuilt(format);
    const client = built.createDevRevClient({ token: 'exports-test-token', baseUrl: await refusedUrl(), maxRetries: 0 });

    const error = await client.POST('/incidents.list', { body: {} }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(built.ConnectionError);
  });
});
