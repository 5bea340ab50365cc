import { type MockServer, startMockServer } from '@devrev-ts/mock-server';
import { afterEach, expect, it } from 'vitest';

import { createDevRevClient } from '../src/index.js';
import { countTitles, listIncidentTitles } from './helpers/mock-incidents.js';
import { createRecordingLogger } from './helpers/recording-logger.js';

const REQUESTS = 1_000;
const CONCURRENCY = 50;
const RATE_LIMITED_SHARE = 0.1;

let mock: MockServer | undefined;

afterEach(async () => {
  await mock?.close();
});

it('creates 1,000 incidents at concurrency 50 under 10% rate limiting', async () => {
  // Retry-After 0 and small backoff delays keep the test fast without changing the retry rule.
  mock = await startMockServer({ incidents: 0, faults: { rateLimit: { rate: RATE_LIMITED_SHARE, retryAfterSeconds: 0 } } });
  const recording = createRecordingLogger();
  const client = createDevRevClient({
    token: mock.token,
    baseUrl: mock.url,
    logger: recording.logger,
    maxRetries: 10,
    retryBaseDelayMs: 1,
    retryMaxDelayMs: 10,
  });
  const titles = Array.from({ length: REQUESTS }, (_, index) => `Load test incident ${index}`);

  const startedAt = performance.now();
  let next = 0;
  const failures: unknown[] = [];
  const worker = async (): Promise<void> => {
    while (next < titles.length) {
      const title = titles[next++] ?? '';
      await client.POST('/incidents.create', { body: { title } }).catch((error: unknown) => failures.push(error));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const elapsedMs = Math.round(performance.now() - startedAt);

  const creates = mock.requests.filter((request) => request.path === '/incidents.create');
  const rateLimited = creates.filter((request) => request.status === 429).length;
  const retries = recording.lines.filter((line) => line.level === 'warn' && line.message.includes('retrying')).length;
  console.info(
    `load test: ${REQUESTS} creates at concurrency ${CONCURRENCY} took ${retries} retries ` +
      `(${rateLimited} responses were 429) in ${elapsedMs} ms`,
  );

  expect(failures).toEqual([]);
  expect(rateLimited).toBeGreaterThan(0);
  expect(retries).toBe(rateLimited);
  expect(creates).toHaveLength(REQUESTS + rateLimited);

  mock.setFaults({});
  const counts = countTitles(await listIncidentTitles(client));
  expect(counts.size).toBe(REQUESTS);
  expect([...counts.values()].every((count) => count === 1)).toBe(true);
  expect(titles.every((title) => counts.get(title) === 1)).toBe(true);

  expect(recording.lines.every((line) => !line.message.includes(mock?.token ?? ''))).toBe(true);
}, 30_000);
