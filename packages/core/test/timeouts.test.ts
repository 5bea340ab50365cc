import { afterEach, describe, expect, it, vi } from 'vitest';

import { createDevRevClient, type DevRevClientOptions, RequestAbortedError, TimeoutError } from '../src/index.js';
import { type RawHandler, type RawServer, sendJson, startRawServer } from './helpers/raw-server.js';
import { createRecordingLogger } from './helpers/recording-logger.js';

const TOKEN = 'timeout-test-token';

let server: RawServer | undefined;

afterEach(async () => {
  vi.useRealTimers();
  await server?.close();
  server = undefined;
});

/** Sends no response, so only a timeout or an abort ends the call. */
const neverAnswer: RawHandler = () => {};

async function setUp(handler: RawHandler, options: DevRevClientOptions = {}) {
  server = await startRawServer(handler);
  const recording = createRecordingLogger();
  const client = createDevRevClient({ token: TOKEN, baseUrl: server.url, logger: recording.logger, logLevel: 'debug', ...options });
  return { server, client, recording };
}

function useFakeClock(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
}

describe('request timeout', () => {
  it('closes the connection after 60 s by default', async () => {
    useFakeClock();
    const { server, client } = await setUp(neverAnswer);

    const settled = client.POST('/incidents.create', { body: { title: 'Disk full' } }).catch((error: unknown) => error);
    await server.waitForRequests(1);
    let done = false;
    void settled.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(59_999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await settled;

    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 60_000, method: 'POST', path: '/incidents.create' });
    await server.requests[0]?.closed;
    expect(server.requests).toHaveLength(1);
  });

  it('takes timeoutMs from the client', async () => {
    useFakeClock();
    const { server, client } = await setUp(neverAnswer, { timeoutMs: 1_000 });

    const settled = client.POST('/incidents.create', { body: { title: 'Disk full' } }).catch((error: unknown) => error);
    await server.waitForRequests(1);
    await vi.advanceTimersByTimeAsync(1_000);

    expect(await settled).toMatchObject({ name: 'TimeoutError', timeoutMs: 1_000 });
  });

  it('takes timeoutMs per call over the client setting', async () => {
    useFakeClock();
    const { server, client } = await setUp(neverAnswer, { timeoutMs: 30_000 });

    const settled = client.POST('/incidents.create', { body: { title: 'Disk full' }, timeoutMs: 250 }).catch((error: unknown) => error);
    await server.waitForRequests(1);
    await vi.advanceTimersByTimeAsync(250);

    expect(await settled).toMatchObject({ name: 'TimeoutError', timeoutMs: 250 });
  });

  it('covers a body that stalls after the headers', async () => {
    useFakeClock();
    const { server, client } = await setUp((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"incident":');
    });

    const settled = client.POST('/incidents.get', { body: { id: 'incident/1' }, timeoutMs: 5_000, maxRetries: 0 }).catch((error: unknown) => error);
    await server.waitForRequests(1);
    await vi.advanceTimersByTimeAsync(5_000);

    expect(await settled).toBeInstanceOf(TimeoutError);
    await server.requests[0]?.closed;
  });

  it('does not retry a timed-out create', async () => {
    const { server, client } = await setUp(neverAnswer, { timeoutMs: 50, retryBaseDelayMs: 1 });

    await expect(client.POST('/incidents.create', { body: { title: 'Disk full' } })).rejects.toBeInstanceOf(TimeoutError);
    expect(server.requests).toHaveLength(1);
  });

  it('retries a timed-out read', async () => {
    const { server, client } = await setUp(
      (_request, response, index) => {
        if (index > 0) {
          sendJson(response, 200, { incidents: [] });
        }
      },
      { timeoutMs: 50, retryBaseDelayMs: 1 },
    );

    const { data } = await client.POST('/incidents.list', { body: {} });

    expect(data).toEqual({ incidents: [] });
    expect(server.requests).toHaveLength(2);
  });
});

describe('caller abort', () => {
  it('closes the connection of a request in flight', async () => {
    const { server, client } = await setUp(neverAnswer);
    const controller = new AbortController();

    const settled = client.POST('/incidents.list', { body: {}, signal: controller.signal }).catch((error: unknown) => error);
    await server.waitForRequests(1);
    controller.abort(new Error('user pressed stop'));
    const error = await settled;

    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(error).toMatchObject({ name: 'AbortError', cause: new Error('user pressed stop') });
    await server.requests[0]?.closed;
    expect(server.requests).toHaveLength(1);
  });

  it('ends a backoff wait at once', async () => {
    useFakeClock();
    const { server, client, recording } = await setUp((_request, response) => sendJson(response, 429, { type: 'too_many_requests' }, { 'retry-after': '8' }));
    const controller = new AbortController();

    const settled = client.POST('/incidents.list', { body: {}, signal: controller.signal }).catch((error: unknown) => error);
    await recording.waitFor((line) => line.message.includes('retrying in 8000 ms'));
    controller.abort();
    const error = await settled;

    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(String(error)).toMatch(/during the wait before a retry/);
    expect(vi.getTimerCount()).toBe(0);
    expect(server.requests).toHaveLength(1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const { server, client } = await setUp(neverAnswer);

    const error = await client.POST('/incidents.list', { body: {}, signal: AbortSignal.abort() }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(server.requests).toHaveLength(0);
  });
});
