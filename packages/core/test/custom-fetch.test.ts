import { afterEach, describe, expect, it } from 'vitest';

import { createDevRevClient, TimeoutError } from '../src/index.js';
import { type RawServer, sendJson, startRawServer } from './helpers/raw-server.js';

const TOKEN = 'custom-fetch-test-token';

let server: RawServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('custom fetch', () => {
  it('receives a Request with the token and the body', async () => {
    server = await startRawServer((_request, response) => sendJson(response, 200, { incident: { title: 'Disk full' } }));
    const seen: Request[] = [];
    const client = createDevRevClient({
      token: TOKEN,
      baseUrl: server.url,
      fetch: async (request) => {
        seen.push(request.clone());
        return fetch(request);
      },
    });

    const { data } = await client.POST('/incidents.get', { body: { id: 'incident/1' } });

    expect(data?.incident.title).toBe('Disk full');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeInstanceOf(Request);
    expect(seen[0]?.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    expect(await seen[0]?.json()).toEqual({ id: 'incident/1' });
    expect(server.requests[0]?.body).toBe('{"id":"incident/1"}');
  });

  it('resends the same body on a retry', async () => {
    server = await startRawServer((_request, response, index) =>
      index === 0 ? sendJson(response, 503, { message: 'busy' }, { 'retry-after': '0' }) : sendJson(response, 200, { incident: { id: 'incident/1' } }),
    );
    const client = createDevRevClient({ token: TOKEN, baseUrl: server.url, fetch: (request) => fetch(request) });

    await client.POST('/incidents.create', { body: { title: 'Disk full' } });

    expect(server.requests.map((request) => request.body)).toEqual(['{"title":"Disk full"}', '{"title":"Disk full"}']);
  });

  it('times out when it ignores the signal', async () => {
    const client = createDevRevClient({
      token: TOKEN,
      baseUrl: 'http://127.0.0.1:9',
      timeoutMs: 20,
      maxRetries: 0,
      fetch: () => new Promise<Response>(() => {}),
    });

    const error = await client.POST('/incidents.get', { body: { id: 'incident/1' } }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 20, path: '/incidents.get' });
  });
});

describe('response', () => {
  it('keeps the URL and reports its body read', async () => {
    server = await startRawServer((_request, response) => sendJson(response, 200, { incident: { title: 'Disk full' } }));
    const client = createDevRevClient({ token: TOKEN, baseUrl: server.url });

    const { response } = await client.POST('/incidents.get', { body: { id: 'incident/1' } });

    expect(response.url).toBe(`${server.url}/incidents.get`);
    expect(response.bodyUsed).toBe(true);
    expect(response.headers.get('content-type')).toContain('application/json');
  });
});
