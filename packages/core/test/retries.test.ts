import { afterEach, describe, expect, it, vi } from 'vitest';

import {
  ConnectionError,
  createDevRevClient,
  type DevRevClientOptions,
  RateLimitedError,
  ServerError,
} from '../src/index.js';
import { type RawHandler, type RawServer, refusedUrl, sendJson, startRawServer } from './helpers/raw-server.js';
import { createRecordingLogger, type RecordingLogger } from './helpers/recording-logger.js';

const TOKEN = 'retry-test-token';
const INCIDENT = { incident: { id: 'don:core:dvrv-us-1:devo/1:incident/1', title: 'Disk full' } };

let server: RawServer | undefined;

afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await server?.close();
  server = undefined;
});

/** Replies with each status in turn, then 200 for every later request. */
function statusSequence(statuses: number[], headers: Record<string, string> = {}, body: object = {}): RawHandler {
  return (_request, response, index) => {
    const status = statuses[index];
    if (status === undefined) {
      sendJson(response, index === 0 ? 201 : 200, INCIDENT);
      return;
    }
    sendJson(response, status, { type: 'error', message: `status ${status}`, ...body }, headers);
  };
}

async function setUp(handler: RawHandler, options: DevRevClientOptions = {}) {
  server = await startRawServer(handler);
  const recording = createRecordingLogger();
  const client = createDevRevClient({ token: TOKEN, baseUrl: server.url, logger: recording.logger, logLevel: 'debug', ...options });
  return { server, client, recording };
}

function retryLines(recording: RecordingLogger) {
  return recording.lines.filter((line) => line.level === 'warn' && line.message.includes('retrying in'));
}

/** Waits for the retry line of `attempt`, then lets the fake clock run through its wait. */
async function runRetryWait(recording: RecordingLogger, attempt: number): Promise<number> {
  const line = await recording.waitFor((candidate) => candidate.message.includes(`attempt ${attempt} `) && candidate.message.includes('retrying in'));
  const waitMs = Number(line.fields?.waitMs);

  await vi.advanceTimersByTimeAsync(Math.max(0, waitMs - 1));
  expect(recording.lines.some((candidate) => candidate.message.includes(`attempt ${attempt + 1} sent`))).toBe(false);
  await vi.advanceTimersByTimeAsync(1);
  return waitMs;
}

describe('retries on a read', () => {
  it.each([429, 502, 503, 504])('retries status %i twice by default, then throws', async (status) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const { server, client, recording } = await setUp(statusSequence([status, status, status]));

    const call = client.POST('/incidents.list', { body: {} });
    const settled = call.catch((error: unknown) => error);
    expect(await runRetryWait(recording, 1)).toBe(250);
    expect(await runRetryWait(recording, 2)).toBe(500);
    const error = await settled;

    expect(error).toBeInstanceOf(status === 429 ? RateLimitedError : ServerError);
    expect(server.requests).toHaveLength(3);
    expect(retryLines(recording)).toHaveLength(2);
  });

  it('returns the response of a retry that succeeds', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { server, client, recording } = await setUp(statusSequence([503]));

    const call = client.POST('/incidents.get', { body: { id: 'incident/1' } });
    await runRetryWait(recording, 1);
    const { data } = await call;

    expect(data).toEqual(INCIDENT);
    expect(server.requests).toHaveLength(2);
  });

  it('does not retry status 500', async () => {
    const { server, client } = await setUp(statusSequence([500]));

    await expect(client.POST('/incidents.list', { body: {} })).rejects.toBeInstanceOf(ServerError);
    expect(server.requests).toHaveLength(1);
  });

  it.each([400, 401, 403, 404, 409, 413])('does not retry status %i', async (status) => {
    const { server, client } = await setUp(statusSequence([status]));

    await expect(client.POST('/incidents.get', { body: { id: 'incident/1' } })).rejects.toMatchObject({ status });
    expect(server.requests).toHaveLength(1);
  });

  it('doubles the backoff ceiling up to retryMaxDelayMs', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.spyOn(Math, 'random').mockReturnValue(0.999);
    const options = { maxRetries: 4, retryBaseDelayMs: 100, retryMaxDelayMs: 300 };
    const { client, recording } = await setUp(statusSequence([503, 503, 503, 503]), options);

    const call = client.POST('/incidents.list', { body: {} });
    const waits = [];
    for (let attempt = 1; attempt <= 4; attempt++) {
      waits.push(await runRetryWait(recording, attempt));
    }
    await call;

    expect(waits).toEqual([99, 199, 299, 299]);
  });

  it('retries a connection refused', async () => {
    const recording = createRecordingLogger();
    const client = createDevRevClient({ token: TOKEN, baseUrl: await refusedUrl(), retryBaseDelayMs: 1, logger: recording.logger });

    const error = await client.POST('/incidents.list', { body: {} }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ConnectionError);
    expect(String(error)).toMatch(/ECONNREFUSED/);
    expect(retryLines(recording).map((line) => line.message)).toEqual([
      expect.stringContaining('attempt 1 failed to connect'),
      expect.stringContaining('attempt 2 failed to connect'),
    ]);
  });

  it('retries a connection reset after sending', async () => {
    const { server, client } = await setUp(
      (_request, response, index) => {
        if (index === 0) {
          response.socket?.destroy();
          return;
        }
        sendJson(response, 200, INCIDENT);
      },
      { retryBaseDelayMs: 1 },
    );

    const { data } = await client.POST('/incidents.get', { body: { id: 'incident/1' } });

    expect(data).toEqual(INCIDENT);
    expect(server.requests).toHaveLength(2);
  });
});

describe('retries on a create', () => {
  it.each([429, 503])('retries status %i, which DevRev sends before acting', async (status) => {
    const { server, client } = await setUp(statusSequence([status]), { retryBaseDelayMs: 1 });

    const { data } = await client.POST('/incidents.create', { body: { title: 'Disk full' } });

    expect(data).toEqual(INCIDENT);
    expect(server.requests).toHaveLength(2);
  });

  it.each([500, 502, 504])('surfaces status %i without retrying', async (status) => {
    const { server, client, recording } = await setUp(statusSequence([status]), { retryBaseDelayMs: 1 });

    await expect(client.POST('/incidents.create', { body: { title: 'Disk full' } })).rejects.toBeInstanceOf(ServerError);
    expect(server.requests).toHaveLength(1);
    expect(recording.lines.some((line) => line.message.includes('not retried'))).toBe(true);
  });

  it('surfaces a connection reset after sending', async () => {
    const { server, client } = await setUp(
      (_request, response) => {
        response.socket?.destroy();
      },
      { retryBaseDelayMs: 1 },
    );

    const error = await client.POST('/incidents.create', { body: { title: 'Disk full' } }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ConnectionError);
    expect(server.requests).toHaveLength(1);
  });

  it('retries a connection refused, which never reached the server', async () => {
    const recording = createRecordingLogger();
    const client = createDevRevClient({ token: TOKEN, baseUrl: await refusedUrl(), retryBaseDelayMs: 1, logger: recording.logger });

    await expect(client.POST('/incidents.create', { body: { title: 'Disk full' } })).rejects.toBeInstanceOf(ConnectionError);
    expect(retryLines(recording)).toHaveLength(2);
  });

  it('creates one incident when the server keeps failing with 500', async () => {
    const created: string[] = [];
    const { server, client } = await setUp(
      (request, response) => {
        created.push(request.body);
        sendJson(response, 500, { type: 'internal_error', message: 'Internal error', reference_id: 'ref-1' });
      },
      { maxRetries: 5, retryBaseDelayMs: 1 },
    );

    await expect(client.POST('/incidents.create', { body: { title: 'Disk full' } })).rejects.toThrow(/Reference id: ref-1/);
    expect(created).toHaveLength(1);
    expect(server.requests).toHaveLength(1);
  });

  it('retries a 500 when the call is marked idempotent', async () => {
    const { server, client } = await setUp(statusSequence([502]), { retryBaseDelayMs: 1 });

    await client.POST('/incidents.create', { body: { title: 'Disk full' }, idempotent: true });

    expect(server.requests).toHaveLength(2);
  });

  it('does not retry a read marked non-idempotent after a 502', async () => {
    const { server, client } = await setUp(statusSequence([502]), { retryBaseDelayMs: 1 });

    await expect(client.POST('/incidents.list', { body: {}, idempotent: false })).rejects.toBeInstanceOf(ServerError);
    expect(server.requests).toHaveLength(1);
  });
});

describe('retried request', () => {
  it('resends the identical body, headers and query', async () => {
    const { server, client } = await setUp(statusSequence([429, 503]), { retryBaseDelayMs: 1 });
    const body = { title: 'Disk full', severity: 6, owned_by: ['don:identity:dvrv-us-1:devo/1:devu/1'] };

    await client.POST('/incidents.create', { body, headers: { 'x-trace-id': 'trace-7' } });

    expect(server.requests).toHaveLength(3);
    const [first, ...retries] = server.requests;
    expect(first?.body).toBe(JSON.stringify(body));
    for (const retry of retries) {
      expect(retry.body).toBe(first?.body);
      expect(retry.rawUrl).toBe(first?.rawUrl);
      expect(retry.headers['x-trace-id']).toBe('trace-7');
      expect(retry.headers['content-type']).toBe('application/json');
      expect(retry.headers.authorization).toBe(`Bearer ${TOKEN}`);
    }
  });

  it('keeps the query of a GET call', async () => {
    const { server, client } = await setUp(statusSequence([503]), { retryBaseDelayMs: 1 });

    await client.GET('/incidents.list', { params: { query: { title: ['Disk full', 'CPU'] } } });

    expect(server.requests.map((request) => request.rawUrl)).toEqual([
      '/incidents.list?title=Disk%20full,CPU',
      '/incidents.list?title=Disk%20full,CPU',
    ]);
  });
});

describe('retry limits', () => {
  it('sends once with maxRetries 0', async () => {
    const { server, client } = await setUp(statusSequence([429]), { maxRetries: 0 });

    const error = await client.POST('/incidents.list', { body: {} }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(RateLimitedError);
    expect(server.requests).toHaveLength(1);
  });

  it('takes maxRetries per call over the client setting', async () => {
    const { server, client } = await setUp(statusSequence([503, 503, 503, 503]), { maxRetries: 0, retryBaseDelayMs: 1 });

    await client.POST('/incidents.list', { body: {}, maxRetries: 4 });

    expect(server.requests).toHaveLength(5);
  });

  it('stops when the next wait would pass retryMaxElapsedMs', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { server, client, recording } = await setUp(statusSequence([429, 429], { 'retry-after': '3' }), {
      retryMaxElapsedMs: 5_000,
    });

    const settled = client.POST('/incidents.list', { body: {} }).catch((error: unknown) => error);
    expect(await runRetryWait(recording, 1)).toBe(3_000);
    const error = await settled;

    expect(error).toBeInstanceOf(RateLimitedError);
    expect(server.requests).toHaveLength(2);
    expect(recording.lines.at(-1)?.message).toMatch(/not retried: waiting 3000 ms more would pass retryMaxElapsedMs 5000/);
  });
});

describe('Retry-After', () => {
  it('waits the seconds the header gives', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { server, client, recording } = await setUp(statusSequence([429], { 'retry-after': '2' }, { retry_after: 7 }));

    const call = client.POST('/incidents.create', { body: { title: 'Disk full' } });
    expect(await runRetryWait(recording, 1)).toBe(2_000);
    await call;

    expect(server.requests).toHaveLength(2);
  });

  it('waits until the HTTP date the header gives', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: new Date('2025-03-01T12:00:00Z') });
    const retryAt = new Date('2025-03-01T12:00:04Z').toUTCString();
    const { client, recording } = await setUp(statusSequence([503], { 'retry-after': retryAt }));

    const call = client.POST('/incidents.create', { body: { title: 'Disk full' } });
    expect(await runRetryWait(recording, 1)).toBe(4_000);
    await call;
  });

  it('falls back to the body retry_after', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { client, recording } = await setUp(statusSequence([429], {}, { retry_after: 3 }));

    const call = client.POST('/incidents.create', { body: { title: 'Disk full' } });
    expect(await runRetryWait(recording, 1)).toBe(3_000);
    await call;
  });

  it('surfaces a wait longer than retryMaxDelayMs without retrying', async () => {
    const { server, client, recording } = await setUp(statusSequence([429], { 'retry-after': '120' }));

    const error = await client.POST('/incidents.list', { body: {} }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({ retryAfter: 120 });
    expect(server.requests).toHaveLength(1);
    expect(recording.lines.at(-1)?.message).toMatch(/the server asked to wait 120 s, longer than retryMaxDelayMs 10000/);
  });
});
