import { afterEach, describe, expect, it, vi } from 'vitest';

import { createDevRevClient, DevRevValidationError } from '../src/index.js';
import { type RawServer, sendJson, startRawServer } from './helpers/raw-server.js';
import { createRecordingLogger } from './helpers/recording-logger.js';

const TOKEN = 'logging-test-token';
const SECRET_TITLE = 'Customer email alice@example.com';

let server: RawServer | undefined;

afterEach(async () => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  await server?.close();
  server = undefined;
});

async function startServer() {
  server = await startRawServer((_request, response, index) => {
    if (index === 0) {
      sendJson(response, 503, { type: 'service_unavailable', message: 'Try again' });
      return;
    }
    sendJson(response, 201, { incident: { id: 'incident/1', title: SECRET_TITLE } });
  });
  return server;
}

describe('logger option', () => {
  it('logs one info line per call with method, path, status, duration and retries', async () => {
    const { url } = await startServer();
    const recording = createRecordingLogger();
    const client = createDevRevClient({ token: TOKEN, baseUrl: url, logger: recording.logger, retryBaseDelayMs: 1 });

    await client.POST('/incidents.create', { body: { title: SECRET_TITLE } });

    const info = recording.lines.filter((line) => line.level === 'info');
    expect(info).toHaveLength(1);
    expect(info[0]?.message).toMatch(/^POST \/incidents\.create returned 201 in \d+ ms after 1 retry$/);
    expect(info[0]?.fields).toMatchObject({ method: 'POST', path: '/incidents.create', status: 201, retries: 1 });
    expect(info[0]?.fields?.durationMs).toEqual(expect.any(Number));
  });

  it('logs each retry at warn with attempt, status and wait', async () => {
    const { url } = await startServer();
    const recording = createRecordingLogger();
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const client = createDevRevClient({ token: TOKEN, baseUrl: url, logger: recording.logger, retryBaseDelayMs: 4 });

    await client.POST('/incidents.create', { body: { title: SECRET_TITLE } });

    const warnings = recording.lines.filter((line) => line.level === 'warn');
    expect(warnings.map((line) => line.message)).toEqual(['POST /incidents.create attempt 1 failed with status 503; retrying in 2 ms']);
    expect(warnings[0]?.fields).toMatchObject({ attempt: 1, status: 503, waitMs: 2, outcome: 'failed with status 503' });
  });

  it('writes bodies only at debug', async () => {
    const { url } = await startServer();
    const infoOnly = createRecordingLogger();
    const client = createDevRevClient({ token: TOKEN, baseUrl: url, logger: infoOnly.logger, retryBaseDelayMs: 1 });

    await client.POST('/incidents.create', { body: { title: SECRET_TITLE } });

    expect(infoOnly.lines.length).toBeGreaterThan(0);
    expect(infoOnly.lines.some((line) => line.level === 'debug')).toBe(false);
    expect(JSON.stringify(infoOnly.lines)).not.toContain(SECRET_TITLE);
  });

  it('writes request and response bodies at debug', async () => {
    const { url } = await startServer();
    const recording = createRecordingLogger();
    const client = createDevRevClient({ token: TOKEN, baseUrl: url, logger: recording.logger, logLevel: 'debug', retryBaseDelayMs: 1 });

    await client.POST('/incidents.create', { body: { title: SECRET_TITLE } });

    const debug = recording.lines.filter((line) => line.level === 'debug').map((line) => line.message);
    expect(debug).toEqual([
      `POST /incidents.create attempt 1 sent with body {"title":"${SECRET_TITLE}"}`,
      expect.stringMatching(/^POST \/incidents\.create attempt 1 received 503 in \d+ ms with body \{"type":"service_unavailable"/),
      `POST /incidents.create attempt 2 sent with body {"title":"${SECRET_TITLE}"}`,
      expect.stringMatching(/^POST \/incidents\.create attempt 2 received 201 in \d+ ms with body \{"incident"/),
    ]);
  });

  it('logs nothing below logLevel', async () => {
    const { url } = await startServer();
    const recording = createRecordingLogger();
    const client = createDevRevClient({ token: TOKEN, baseUrl: url, logger: recording.logger, logLevel: 'error', retryBaseDelayMs: 1 });

    await client.POST('/incidents.create', { body: { title: SECRET_TITLE } });

    expect(recording.lines).toEqual([]);
  });

  it('gives the reason a failed call was not retried', async () => {
    server = await startRawServer((_request, response) => sendJson(response, 500, { type: 'internal_error', message: 'Boom' }));
    const recording = createRecordingLogger();
    const client = createDevRevClient({ token: TOKEN, baseUrl: server.url, logger: recording.logger });

    await client.POST('/incidents.create', { body: { title: 'x' } }).catch(() => undefined);

    expect(recording.lines.map((line) => line.message)).toEqual([
      expect.stringMatching(/^POST \/incidents\.create failed with status 500 in \d+ ms after 0 retries; not retried: status 500 is never retried$/),
    ]);
  });
});

describe('DEVREV_LOG', () => {
  it('turns on a stderr logger at the given level', async () => {
    const { url } = await startServer();
    vi.stubEnv('DEVREV_LOG', 'debug');
    const stderr = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const client = createDevRevClient({ token: TOKEN, baseUrl: url, retryBaseDelayMs: 1 });

    await client.POST('/incidents.create', { body: { title: SECRET_TITLE } });

    const lines = stderr.mock.calls.map(([line]) => String(line));
    expect(lines.some((line) => line.startsWith('[devrev] debug POST /incidents.create attempt 1 sent'))).toBe(true);
    expect(lines.some((line) => line.startsWith('[devrev] warn POST /incidents.create attempt 1 failed with status 503'))).toBe(true);
    expect(lines.some((line) => line.startsWith('[devrev] info POST /incidents.create returned 201'))).toBe(true);
    expect(lines.every((line) => !line.includes(TOKEN))).toBe(true);
  });

  it('stays silent when unset', async () => {
    const { url } = await startServer();
    vi.stubEnv('DEVREV_LOG', '');
    const stderr = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const client = createDevRevClient({ token: TOKEN, baseUrl: url, retryBaseDelayMs: 1 });

    await client.POST('/incidents.create', { body: { title: SECRET_TITLE } });

    expect(stderr).not.toHaveBeenCalled();
  });

  it('rejects an unknown level', () => {
    vi.stubEnv('DEVREV_LOG', 'verbose');

    expect(() => createDevRevClient({ token: TOKEN })).toThrow(DevRevValidationError);
    expect(() => createDevRevClient({ token: TOKEN })).toThrow('Invalid DEVREV_LOG "verbose": expected one of debug, info, warn, error, off.');
  });
});
