import { afterEach, describe, expect, it, vi } from 'vitest';

import { createDevRevClient, type DevRevClientOptions, DevRevValidationError } from '../src/index.js';
import { type RawServer, sendJson, startRawServer } from './helpers/raw-server.js';

let server: RawServer | undefined;

afterEach(async () => {
  vi.unstubAllEnvs();
  await server?.close();
  server = undefined;
});

/** Creates a client from options that may not match the types, as a JavaScript caller could pass. */
function createUntyped(options: Record<string, unknown>) {
  return () => createDevRevClient(options as DevRevClientOptions);
}

describe('client options', () => {
  it('reads the token from DEVREV_TOKEN', () => {
    vi.stubEnv('DEVREV_TOKEN', 'env-token');

    expect(createDevRevClient({ baseUrl: 'http://127.0.0.1:9' }).baseUrl).toBe('http://127.0.0.1:9');
  });

  it('rejects a missing token', () => {
    vi.stubEnv('DEVREV_TOKEN', '');

    expect(() => createDevRevClient()).toThrow('Missing DevRev token: pass `token` to createDevRevClient or set the DEVREV_TOKEN environment variable.');
  });

  it.each([
    [{ token: 'a b' }, 'Invalid token: character 2 is whitespace, a control character or not ASCII.'],
    [{ token: 'Bearer abc' }, 'Invalid token: pass it without the "Bearer " prefix, which the client adds.'],
    [{ token: 42 }, 'Invalid token of type number: expected a string.'],
    [{ token: 't', timeoutMs: 0 }, 'Invalid timeoutMs 0: expected a positive number of milliseconds no greater than 2147483647.'],
    [{ token: 't', timeoutMs: '5s' }, 'Invalid timeoutMs "5s": expected a positive number of milliseconds'],
    [{ token: 't', maxRetries: -1 }, 'Invalid maxRetries -1: expected an integer of at least 0; 0 turns retries off.'],
    [{ token: 't', maxRetries: 1.5 }, 'Invalid maxRetries 1.5'],
    [{ token: 't', retryBaseDelayMs: Number.POSITIVE_INFINITY }, 'Invalid retryBaseDelayMs Infinity: expected a number of milliseconds from 0 to 2147483647.'],
    [{ token: 't', retryMaxDelayMs: -5 }, 'Invalid retryMaxDelayMs -5'],
    [{ token: 't', retryMaxElapsedMs: null }, 'Invalid retryMaxElapsedMs null'],
    [{ token: 't', logLevel: 'trace' }, 'Invalid logLevel "trace": expected one of debug, info, warn, error, off.'],
    [{ token: 't', logger: { info: () => undefined } }, 'Invalid logger: expected an object with debug, info, warn and error methods'],
    [{ token: 't', apiVersion: 'v2' }, 'Invalid apiVersion "v2": expected "beta" or "public".'],
    [{ token: 't', allowInsecureHttp: 'yes' }, 'Invalid allowInsecureHttp "yes": expected true or false.'],
    [{ token: 't', fetch: 'fetch' }, 'Invalid fetch "fetch": expected a function that takes a Request.'],
    [{ token: 't', baseUrl: 'api.devrev.ai' }, 'Invalid baseUrl "api.devrev.ai": expected an absolute URL such as https://api.devrev.ai.'],
    [{ token: 't', baseUrl: 'ftp://api.devrev.ai' }, 'Invalid baseUrl "ftp://api.devrev.ai": the protocol must be https: or http:.'],
    [{ token: 't', timeout: 5000 }, 'Unknown option "timeout" for createDevRevClient: accepted options are token, baseUrl'],
  ])('rejects %j', (options, message) => {
    expect(createUntyped(options)).toThrow(DevRevValidationError);
    expect(createUntyped(options)).toThrow(message);
  });

  it('trims surrounding whitespace from the token', async () => {
    server = await startRawServer((_request, response) => sendJson(response, 200, { incidents: [] }));
    const client = createDevRevClient({ token: '  abc123\n', baseUrl: server.url });

    await client.POST('/incidents.list', { body: {} });

    expect(server.requests[0]?.headers.authorization).toBe('Bearer abc123');
  });
});

describe('call options', () => {
  it.each([
    [{ timeoutMs: -1 }, 'Invalid timeoutMs -1'],
    [{ maxRetries: 'two' }, 'Invalid maxRetries "two"'],
    [{ idempotent: 'yes' }, 'Invalid idempotent "yes": expected true or false.'],
    [{ timeoutMS: 5000 }, 'Unknown call option "timeoutMS": a call accepts timeoutMs, maxRetries'],
  ])('rejects %j before sending', async (callOptions, message) => {
    server = await startRawServer((_request, response) => sendJson(response, 200, { incidents: [] }));
    const client = createDevRevClient({ token: 'call-options-token', baseUrl: server.url });

    const call = client.POST('/incidents.list', { body: {}, ...callOptions });

    await expect(call).rejects.toThrow(DevRevValidationError);
    await expect(client.POST('/incidents.list', { body: {}, ...callOptions })).rejects.toThrow(message);
    expect(server.requests).toHaveLength(0);
  });
});
