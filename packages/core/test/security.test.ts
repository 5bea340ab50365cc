import { inspect } from 'node:util';

import { afterEach, describe, expect, it, vi } from 'vitest';

import { createDevRevClient, DevRevValidationError } from '../src/index.js';
import { type RawServer, refusedUrl, sendJson, startRawServer } from './helpers/raw-server.js';
import { createRecordingLogger } from './helpers/recording-logger.js';

const TOKEN = 'secret-pat-9f8e7d6c5b4a';

let server: RawServer | undefined;

afterEach(async () => {
  vi.unstubAllEnvs();
  await server?.close();
  server = undefined;
});

/** Renders an error in every way it can reach a log, a terminal or a bug report. */
function renderings(error: unknown): string[] {
  const texts = [String(error), inspect(error, { depth: 10, showHidden: true }), JSON.stringify(error)];
  if (error instanceof Error) {
    texts.push(error.message, error.stack ?? '', inspect(error.cause, { depth: 10 }));
  }
  return texts;
}

describe('token redaction', () => {
  it('keeps the token out of every log line and error', async () => {
    server = await startRawServer((request, response, index) => {
      const replies = [
        () => sendJson(response, 429, { type: 'too_many_requests', message: 'Slow down' }, { 'retry-after': '0' }),
        () => sendJson(response, 201, { incident: { id: 'incident/1' } }),
        () => sendJson(response, 400, { type: 'bad_request', message: 'Bad request', echoed_headers: 'hidden' }),
        () => response.socket?.destroy(),
        () => sendJson(response, 401, { type: 'token_expired', message: 'The token expired' }),
        () => {
          response.writeHead(502, { 'content-type': 'text/html' });
          response.end('<html>Bad gateway</html>');
        },
      ];
      replies[index]?.();
    });
    const recording = createRecordingLogger();
    const client = createDevRevClient({
      token: TOKEN,
      baseUrl: server.url,
      logger: recording.logger,
      logLevel: 'debug',
      retryBaseDelayMs: 1,
      maxRetries: 1,
    });

    await client.POST('/incidents.create', { body: { title: 'Disk full' } });
    const errors = [
      await client.POST('/incidents.create', { body: { title: 'Again' } }).catch((error: unknown) => error),
      await client.POST('/incidents.create', { body: { title: 'Reset' } }).catch((error: unknown) => error),
      await client.POST('/incidents.create', { body: { title: 'Expired' } }).catch((error: unknown) => error),
      await client.POST('/incidents.create', { body: { title: 'Proxy' } }).catch((error: unknown) => error),
      await createDevRevClient({ token: TOKEN, baseUrl: await refusedUrl(), maxRetries: 0 })
        .POST('/incidents.list', { body: {} })
        .catch((error: unknown) => error),
    ];

    expect(server.requests.every((request) => request.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
    expect(recording.lines.length).toBeGreaterThan(10);
    for (const line of recording.lines) {
      expect(line.message).not.toContain(TOKEN);
      expect(JSON.stringify(line.fields)).not.toContain(TOKEN);
    }
    expect(errors.every((error) => error instanceof Error)).toBe(true);
    for (const text of errors.flatMap(renderings)) {
      expect(text).not.toContain(TOKEN);
    }
  });

  it('keeps the token out of the client object', () => {
    const client = createDevRevClient({ token: TOKEN, baseUrl: 'http://127.0.0.1:9' });

    expect(JSON.stringify(client)).not.toContain(TOKEN);
    expect(inspect(client, { depth: 10, showHidden: true })).not.toContain(TOKEN);
  });

  it('redacts the token from a custom fetch failure message', async () => {
    const client = createDevRevClient({
      token: TOKEN,
      baseUrl: 'http://127.0.0.1:9',
      maxRetries: 0,
      fetch: async (request) => {
        throw new Error(`proxy refused ${request.headers.get('authorization')}`);
      },
    });

    const error = await client.POST('/incidents.list', { body: {} }).catch((caught: unknown) => caught);

    expect(String(error)).toContain('proxy refused Bearer [redacted]');
    for (const text of renderings(error)) {
      expect(text).not.toContain(TOKEN);
    }
  });

  it('drops a Request held by a custom fetch error', async () => {
    const client = createDevRevClient({
      token: TOKEN,
      baseUrl: 'http://127.0.0.1:9',
      maxRetries: 0,
      fetch: async (request) => {
        throw Object.assign(new Error('proxy refused'), { code: 'EPROXY', request });
      },
    });

    const error = await client.POST('/incidents.list', { body: {} }).catch((caught: unknown) => caught);

    expect(error).toMatchObject({ cause: { message: 'proxy refused', code: 'EPROXY' } });
    for (const text of renderings(error)) {
      expect(text).not.toContain(TOKEN);
    }
  });

  it('keeps the token out of token validation errors', () => {
    const tokens = [`${TOKEN} extra`, `Bearer ${TOKEN}`, `${TOKEN}\u00e9`];

    for (const token of tokens) {
      const error = (() => {
        try {
          createDevRevClient({ token, baseUrl: 'http://127.0.0.1:9' });
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toBeInstanceOf(DevRevValidationError);
      for (const text of renderings(error)) {
        expect(text).not.toContain(TOKEN);
      }
    }
  });
});

describe('clear-text HTTP', () => {
  it.each(['http://api.devrev.ai', 'http://10.0.0.5:8080', 'http://127.example.com', 'http://localhost.example.com'])(
    'rejects %s',
    (baseUrl) => {
      expect(() => createDevRevClient({ token: TOKEN, baseUrl })).toThrow(DevRevValidationError);
      expect(() => createDevRevClient({ token: TOKEN, baseUrl })).toThrow(/Refusing clear-text baseUrl .* allowInsecureHttp: true/);
    },
  );

  it.each(['http://localhost:8080', 'http://127.0.0.1:8080', 'http://127.1.2.3', 'http://[::1]:8080'])('accepts loopback %s', (baseUrl) => {
    expect(createDevRevClient({ token: TOKEN, baseUrl }).baseUrl).toBe(baseUrl);
  });

  it('accepts a remote http URL with allowInsecureHttp', () => {
    const client = createDevRevClient({ token: TOKEN, baseUrl: 'http://devrev.internal', allowInsecureHttp: true });

    expect(client.baseUrl).toBe('http://devrev.internal');
  });

  it('rejects clear-text DEVREV_BASE_URL too', () => {
    vi.stubEnv('DEVREV_BASE_URL', 'http://api.devrev.ai');

    expect(() => createDevRevClient({ token: TOKEN })).toThrow(/Refusing clear-text baseUrl/);
  });

  it('rejects credentials in the base URL without echoing them', () => {
    const error = (() => {
      try {
        createDevRevClient({ token: TOKEN, baseUrl: 'https://user:hunter2@api.devrev.ai' });
      } catch (caught) {
        return caught;
      }
    })();

    expect(error).toBeInstanceOf(DevRevValidationError);
    expect(String(error)).not.toContain('hunter2');
  });
});

describe('base URL', () => {
  it.each([
    ['https://api.devrev.ai', 'https://api.devrev.ai'],
    ['https://api.devrev.ai/', 'https://api.devrev.ai'],
    ['https://proxy.example.com/devrev/', 'https://proxy.example.com/devrev'],
    ['https://proxy.example.com//devrev//v1///', 'https://proxy.example.com/devrev/v1'],
  ])('normalises %s', (baseUrl, expected) => {
    expect(createDevRevClient({ token: TOKEN, baseUrl }).baseUrl).toBe(expected);
  });

  it('joins a prefix and a path with one slash', async () => {
    server = await startRawServer((_request, response) => sendJson(response, 200, { incidents: [] }));
    const client = createDevRevClient({ token: TOKEN, baseUrl: `${server.url}/api/v1/` });

    await client.POST('/incidents.list', { body: {} });
    await client.GET('/incidents.list');

    expect(server.requests.map((request) => request.rawUrl)).toEqual(['/api/v1/incidents.list', '/api/v1/incidents.list']);
  });

  it('rejects a query in the base URL', () => {
    expect(() => createDevRevClient({ token: TOKEN, baseUrl: 'https://api.devrev.ai/?x=1' })).toThrow(/must not contain a query/);
  });
});
