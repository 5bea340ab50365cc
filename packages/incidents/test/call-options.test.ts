import { DevRevValidationError, TimeoutError } from '@devrev-ts/core';
import { describe, expect, it } from 'vitest';

import { useMockServer } from './mock-setup.js';

const mock = useMockServer();

async function rejection(call: () => Promise<unknown>): Promise<unknown> {
  return call().then(
    () => undefined,
    (caught: unknown) => caught,
  );
}

describe('per-call options', () => {
  it('time out a slow get', async () => {
    mock.server.setFaults({ latency: { ms: 1_000 } });

    const error = await rejection(() => mock.incidents.get('INC-1', { timeoutMs: 50, maxRetries: 0 }));

    expect(error).toBeInstanceOf(TimeoutError);
    expect(mock.sentPaths()).toEqual(['/incidents.get']);
  });

  it('reach every list page request', async () => {
    mock.server.setFaults({ latency: { ms: 1_000 }, paths: ['/incidents.list'] });

    const error = await rejection(() => mock.incidents.list({ limit: 2 }, { timeoutMs: 50, maxRetries: 0 }).toArray({ max: 100 }));

    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/timed out after 50 ms/);
  });

  it('reject a misspelt option before sending', async () => {
    const options = { timeoutMS: 50 } as Parameters<typeof mock.incidents.get>[1];

    const error = await rejection(() => mock.incidents.get('INC-1', options));

    expect(error).toBeInstanceOf(DevRevValidationError);
    expect((error as Error).message).toMatch(/Unknown call option "timeoutMS"/);
    expect(mock.server.requests).toEqual([]);
  });

  it.each([
    ['pageSize', 'limit'],
    ['mode', 'mode'],
    ['cursor', 'cursor'],
  ])('reject the list option %s', async (name, field) => {
    const options = { [name]: 3 } as Parameters<typeof mock.incidents.list>[1];

    expect(() => mock.incidents.list({}, options)).toThrow(DevRevValidationError);
    expect(() => mock.incidents.list({}, options)).toThrow(`pass ${field} in the request input`);
    expect(mock.sent).toEqual([]);
  });

  it('reject list options that are not an object', () => {
    const options = 'fast' as unknown as Parameters<typeof mock.incidents.list>[1];

    expect(() => mock.incidents.list({}, options)).toThrow(/Invalid list options "fast": expected an object/);
  });
});
