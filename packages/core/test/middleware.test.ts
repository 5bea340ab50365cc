import type { Middleware } from 'openapi-fetch';
import { afterEach, describe, expect, it } from 'vitest';

import { createDevRevClient } from '../src/index.js';
import { type RawServer, sendJson, startRawServer } from './helpers/raw-server.js';

const TOKEN = 'middleware-test-token';

let server: RawServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function startIncidentServer(): Promise<RawServer> {
  server = await startRawServer((_request, response) => sendJson(response, 200, { incident: { title: 'Disk full' } }));
  return server;
}

/** Middleware that records each request it receives and adds a header. */
function recordingMiddleware(seen: unknown[]): Middleware {
  return {
    onRequest({ request }) {
      seen.push(request);
      request.headers.set('x-trace', 'trace-1');
      return request;
    },
  };
}

describe('middleware', () => {
  it('receives a real Request from use()', async () => {
    const { url, requests } = await startIncidentServer();
    const client = createDevRevClient({ token: TOKEN, baseUrl: url });
    const seen: unknown[] = [];
    client.use(recordingMiddleware(seen));

    const { data } = await client.POST('/incidents.get', { body: { id: 'incident/1' } });

    expect(data?.incident.title).toBe('Disk full');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeInstanceOf(Request);
    expect(requests[0]?.headers['x-trace']).toBe('trace-1');
    expect(requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(requests[0]?.body).toBe('{"id":"incident/1"}');
  });

  it('never sees the token', async () => {
    const { url } = await startIncidentServer();
    const client = createDevRevClient({ token: TOKEN, baseUrl: url });
    const seen: unknown[] = [];
    client.use(recordingMiddleware(seen));

    await client.POST('/incidents.get', { body: { id: 'incident/1' } });

    const request = seen[0] as Request;
    expect(request.headers.get('authorization')).toBeNull();
  });

  it('receives a real Request per call', async () => {
    const { url, requests } = await startIncidentServer();
    const client = createDevRevClient({ token: TOKEN, baseUrl: url });
    const seen: unknown[] = [];

    await client.POST('/incidents.get', { body: { id: 'incident/1' }, middleware: [recordingMiddleware(seen)] });
    await client.POST('/incidents.get', { body: { id: 'incident/2' } });

    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeInstanceOf(Request);
    expect(requests.map((request) => request.headers['x-trace'])).toEqual(['trace-1', undefined]);
    expect(requests.map((request) => request.body)).toEqual(['{"id":"incident/1"}', '{"id":"incident/2"}']);
  });

  it('may replace the request', async () => {
    const { url, requests } = await startIncidentServer();
    const client = createDevRevClient({ token: TOKEN, baseUrl: url });
    client.use({
      async onRequest({ request }) {
        return new Request(request.url, { method: request.method, headers: request.headers, body: JSON.stringify({ id: 'incident/9' }) });
      },
    });

    const { data } = await client.POST('/incidents.get', { body: { id: 'incident/1' } });

    expect(data?.incident.title).toBe('Disk full');
    expect(requests[0]?.body).toBe('{"id":"incident/9"}');
    expect(requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });
});

describe('requests without middleware', () => {
  it('accept standard fetch options', async () => {
    const { url, requests } = await startIncidentServer();
    const client = createDevRevClient({ token: TOKEN, baseUrl: url });

    const { data } = await client.POST('/incidents.get', { body: { id: 'incident/1' }, cache: 'no-store', keepalive: false });

    expect(data?.incident.title).toBe('Disk full');
    expect(requests).toHaveLength(1);
  });

  it('send a query with a GET', async () => {
    const { url, requests } = await startIncidentServer();
    const client = createDevRevClient({ token: TOKEN, baseUrl: url });

    await client.GET('/incidents.get', { params: { query: { id: 'incident/1' } } });

    expect(requests[0]?.method).toBe('GET');
    expect(requests[0]?.rawUrl).toBe('/incidents.get?id=incident%2F1');
    expect(requests[0]?.body).toBe('');
  });

  it('resend a body that is not a string', async () => {
    server = await startRawServer((_request, response, index) =>
      index === 0 ? sendJson(response, 503, { message: 'busy' }, { 'retry-after': '0' }) : sendJson(response, 200, { incident: { title: 'Disk full' } }),
    );
    const client = createDevRevClient({ token: TOKEN, baseUrl: server.url });
    const encoder = new TextEncoder();

    const { data } = await client.POST('/incidents.create', {
      body: { title: 'Disk full' },
      bodySerializer: (body) => encoder.encode(JSON.stringify(body)),
    });

    expect(data?.incident.title).toBe('Disk full');
    expect(server.requests.map((request) => request.body)).toEqual(['{"title":"Disk full"}', '{"title":"Disk full"}']);
    expect(server.requests[1]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });
});
