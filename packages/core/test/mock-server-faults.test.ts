import { type MockServer, startMockServer } from '@devrev-ts/mock-server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { ConnectionError, createDevRevClient, type DevRevClientOptions, ServerError, TimeoutError } from '../src/index.js';
import { countTitles, listIncidentTitles } from './helpers/mock-incidents.js';
import { createRecordingLogger } from './helpers/recording-logger.js';

let mock: MockServer;

beforeEach(async () => {
  mock = await startMockServer({ incidents: 0 });
});

afterEach(async () => {
  vi.useRealTimers();
  await mock.close();
});

function clientFor(options: DevRevClientOptions = {}) {
  const recording = createRecordingLogger();
  const client = createDevRevClient({ token: mock.token, baseUrl: mock.url, logger: recording.logger, ...options });
  return { client, recording };
}

function createCalls() {
  return mock.requests.filter((request) => request.path === '/incidents.create');
}

describe('rate limits from the mock server', () => {
  it('waits Retry-After and creates each incident once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    mock.setFaults({ rateLimit: { every: 2, retryAfterSeconds: 3 }, paths: ['/incidents.create'] });
    const { client, recording } = clientFor();

    const waits = [];
    for (const [index, title] of ['A', 'B', 'C'].entries()) {
      const call = client.POST('/incidents.create', { body: { title } });
      if (index > 0) {
        const retry = await recording.waitFor((line) => line.message.includes('retrying'), index);
        waits.push(retry.fields?.waitMs);
        await vi.advanceTimersByTimeAsync(3_000);
      }
      await call;
    }

    expect(waits).toEqual([3_000, 3_000]);
    expect(createCalls().map((request) => request.status)).toEqual([201, 429, 201, 429, 201]);
    vi.useRealTimers();
    expect(countTitles(await listIncidentTitles(client))).toEqual(new Map([['A', 1], ['B', 1], ['C', 1]]));
  });
});

describe('server errors from the mock server', () => {
  it('retries 503 on create until each incident exists once', async () => {
    mock.setFaults({ unavailable: { rate: 0.3 }, paths: ['/incidents.create'] });
    const { client } = clientFor({ maxRetries: 8, retryBaseDelayMs: 1, retryMaxDelayMs: 4 });
    const titles = Array.from({ length: 40 }, (_, index) => `Outage ${index}`);

    for (const title of titles) {
      await client.POST('/incidents.create', { body: { title } });
    }

    const unavailable = createCalls().filter((request) => request.status === 503);
    expect(unavailable.length).toBeGreaterThan(0);
    expect(createCalls()).toHaveLength(titles.length + unavailable.length);
    expect(countTitles(await listIncidentTitles(client))).toEqual(new Map(titles.map((title) => [title, 1])));
  });

  it('surfaces 500 on create without retrying or duplicating', async () => {
    mock.setFaults({ internalError: { rate: 0.5 }, paths: ['/incidents.create'] });
    const { client } = clientFor({ maxRetries: 5, retryBaseDelayMs: 1 });
    const titles = Array.from({ length: 30 }, (_, index) => `Flaky ${index}`);

    const results = [];
    for (const title of titles) {
      results.push(await client.POST('/incidents.create', { body: { title } }).then(() => 'created', (error: unknown) => error));
    }

    const failures = results.filter((result) => result !== 'created');
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.every((failure) => failure instanceof ServerError && failure.status === 500)).toBe(true);
    expect(createCalls()).toHaveLength(titles.length);
    const counts = countTitles(await listIncidentTitles(client));
    expect(counts.size).toBe(titles.length - failures.length);
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
  });
});

describe('dropped connections from the mock server', () => {
  it('surfaces a drop on create without retrying', async () => {
    mock.setFaults({ dropConnection: { every: 1 }, paths: ['/incidents.create'] });
    const { client } = clientFor({ retryBaseDelayMs: 1 });

    const error = await client.POST('/incidents.create', { body: { title: 'Dropped' } }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ConnectionError);
    expect(createCalls()).toHaveLength(1);
  });

  it('retries a drop on list', async () => {
    mock.setFaults({ dropConnection: { every: 2 }, paths: ['/incidents.list'] });
    const { client, recording } = clientFor({ retryBaseDelayMs: 1 });

    await client.POST('/incidents.list', { body: {} });
    await client.POST('/incidents.list', { body: {} });

    expect(mock.requests.map((request) => request.fault)).toEqual([undefined, 'drop', undefined]);
    expect(recording.lines.filter((line) => line.message.includes('lost the connection; retrying'))).toHaveLength(1);
  });
});

describe('latency from the mock server', () => {
  it('times out a slow create and does not retry it', async () => {
    // The timeout leaves the server ample time to record the request first,
    // even on a loaded machine; the latency far exceeds the timeout.
    mock.setFaults({ latency: { ms: 5000 }, paths: ['/incidents.create'] });
    const { client } = clientFor({ timeoutMs: 1000 });

    await expect(client.POST('/incidents.create', { body: { title: 'Slow' } })).rejects.toBeInstanceOf(TimeoutError);
    expect(createCalls()).toHaveLength(1);
  });
});
