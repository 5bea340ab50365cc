import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type MockServer, startMockServer } from '../src/index.js';
import { apiClient, type ApiClient } from './support/api-client.js';

let server: MockServer;
let api: ApiClient;

beforeAll(async () => {
  server = await startMockServer({ incidents: 20 });
  api = apiClient(server);
});

afterAll(async () => {
  await server.close();
});

describe('authentication', () => {
  it('answers 401 without an Authorization header', async () => {
    const { status, body } = await api.post('/incidents.list', {}, { token: null });

    expect(status).toBe(401);
    expect(body.type).toBe('unauthenticated');
  });

  it('answers 401 for a wrong token without echoing it', async () => {
    const { status, body } = await api.post('/incidents.list', {}, { token: 'not-the-token-123' });

    expect(status).toBe(401);
    expect(body.type).toBe('unauthenticated');
    expect(JSON.stringify(body)).not.toContain('not-the-token-123');
  });

  it('answers 401 for a header without the Bearer scheme', async () => {
    const response = await fetch(`${server.url}/dev-users.self`, { headers: { authorization: server.token } });

    expect(response.status).toBe(401);
    expect(((await response.json()) as { type: string }).type).toBe('unauthenticated');
  });

  it('generates a different token per server', async () => {
    const other = await startMockServer({ incidents: 0 });
    try {
      expect(other.token).not.toBe(server.token);
      expect(other.token.length).toBeGreaterThanOrEqual(24);
    } finally {
      await other.close();
    }
  });

  it('uses a given token', async () => {
    const other = await startMockServer({ incidents: 0, token: 'fixed-token' });
    try {
      const response = await fetch(`${other.url}/dev-users.self`, { headers: { authorization: 'Bearer fixed-token' } });
      expect(response.status).toBe(200);
    } finally {
      await other.close();
    }
  });
});

describe('unknown paths and methods', () => {
  it('answers 404 in the DevRev error form for an unknown path', async () => {
    const response = await fetch(`${server.url}/works.list`, { method: 'POST', headers: { authorization: `Bearer ${server.token}` } });
    const body = (await response.json()) as { type: string; message: string };

    expect(response.status).toBe(404);
    expect(body.type).toBe('not_found');
    expect(body.message).toContain('/works.list');
  });

  it('answers 404 naming the right method for a missing form', async () => {
    const response = await fetch(`${server.url}/incidents.create`, { headers: { authorization: `Bearer ${server.token}` } });
    const body = (await response.json()) as { type: string; message: string };

    expect(response.status).toBe(404);
    expect(body.message).toContain('use POST');
  });
});

describe('request bodies', () => {
  it('answers bad_request for malformed JSON', async () => {
    const { status, body } = await api.call('POST', '/incidents.list', undefined, { rawBody: '{"limit": 5' });

    expect(status).toBe(400);
    expect(body.type).toBe('bad_request');
    expect(body.message).toContain('not valid JSON');
  });

  it('answers bad_request for a body that is not an object', async () => {
    const { status, body } = await api.call('POST', '/incidents.list', undefined, { rawBody: '[1, 2]' });

    expect(status).toBe(400);
    expect(body.type).toBe('bad_request');
  });

  it('treats an empty body as an empty object', async () => {
    const { status } = await api.call('POST', '/dev-users.self', undefined, { rawBody: '' });

    expect(status).toBe(200);
  });

  it('answers 413 for a body over one megabyte', async () => {
    const huge = JSON.stringify({ title: 'x'.repeat(1_100_000) });
    const response = await fetch(`${server.url}/incidents.create`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
      body: huge,
    });

    expect(response.status).toBe(413);
    expect(((await response.json()) as { type: string }).type).toBe('request_entity_too_large');
  });
});
