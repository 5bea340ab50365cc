import { afterEach, describe, expect, it } from 'vitest';

import { createDevRevClient, DevRevValidationError } from '../src/index.js';
import { serializeQuery } from '../src/serialize-query.js';
import { type RawServer, sendJson, startRawServer } from './helpers/raw-server.js';

let server: RawServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('GET query on the wire', () => {
  it('sends arrays comma-separated with values percent-encoded', async () => {
    server = await startRawServer((_request, response) => sendJson(response, 200, { incidents: [] }));
    const client = createDevRevClient({ token: 'query-test-token', baseUrl: server.url });

    await client.GET('/incidents.list', {
      params: {
        query: {
          severity: [6, 7],
          title: ['Disk full, again', 'a&b=c', 'ünïcode'],
          owned_by: [],
          limit: 25,
          cursor: undefined,
          include_child_parts: true,
        },
      },
    });

    expect(server.requests[0]?.rawUrl).toBe(
      '/incidents.list?severity=6,7&title=Disk%20full%2C%20again,a%26b%3Dc,%C3%BCn%C3%AFcode&limit=25&include_child_parts=true',
    );
  });

  it('sends no query string when every parameter is empty', async () => {
    server = await startRawServer((_request, response) => sendJson(response, 200, { incidents: [] }));
    const client = createDevRevClient({ token: 'query-test-token', baseUrl: server.url });

    await client.GET('/incidents.list', { params: { query: { owned_by: [], stage: [] } } });

    expect(server.requests[0]?.rawUrl).toBe('/incidents.list');
  });

  it('rejects a nested value before sending', async () => {
    server = await startRawServer((_request, response) => sendJson(response, 200, { incidents: [] }));
    const client = createDevRevClient({ token: 'query-test-token', baseUrl: server.url });
    // @ts-expect-error: a JavaScript caller can pass objects where the spec wants ids.
    const call = client.GET('/incidents.list', { params: { query: { owned_by: [{ id: 'devu/1' }] } } });

    await expect(call).rejects.toThrow(DevRevValidationError);
    expect(server.requests).toHaveLength(0);
  });
});

describe('serializeQuery', () => {
  it('writes an object as keys and values in turn', () => {
    expect(serializeQuery({ custom_fields: { tnt__region: 'eu west', tnt__tier: 1 } })).toBe('custom_fields=tnt__region,eu%20west,tnt__tier,1');
  });

  it('leaves out null and undefined', () => {
    expect(serializeQuery({ a: null, b: undefined, c: 'x' })).toBe('c=x');
  });

  it('keeps an empty string', () => {
    expect(serializeQuery({ title: '' })).toBe('title=');
  });

  it('encodes reserved characters in names and values', () => {
    expect(serializeQuery({ 'a b': '?/#[]@' })).toBe('a%20b=%3F%2F%23%5B%5D%40');
  });

  it.each([
    [{ ids: [null] }, /"ids": element 0 is null/],
    [{ ids: ['a', ['b']] }, /"ids": element 1 is \["b"\]/],
    [{ created: new Date('2025-01-01T00:00:00Z') }, /"created": value is a Date \(2025-01-01T00:00:00\.000Z\)/],
    [{ limit: Number.NaN }, /"limit": value is NaN/],
    [{ custom_fields: { tier: { gt: 1 } } }, /"custom_fields": key "tier" is \{"gt":1\}/],
  ])('rejects %j', (query, message) => {
    expect(() => serializeQuery(query)).toThrow(DevRevValidationError);
    expect(() => serializeQuery(query)).toThrow(message);
  });
});
