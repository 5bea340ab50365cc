import { describe, expect, it } from 'vitest';

import { createBufferedResponse, readBody } from '../src/buffered-response.js';

const encoder = new TextEncoder();

function buffered(text: string, init: ResponseInit = {}): Response {
  const original = new Response(text, { status: 200, headers: { 'content-type': 'application/json' }, ...init });
  return createBufferedResponse(original, encoder.encode(text));
}

describe('createBufferedResponse', () => {
  it('parses the body as JSON', async () => {
    const response = buffered('{"incident":{"title":"Disk full"}}');

    expect(await response.json()).toEqual({ incident: { title: 'Disk full' } });
    expect(response.bodyUsed).toBe(true);
  });

  it('returns the body as text, bytes and a blob', async () => {
    const text = '{"title":"Disk full"}';

    expect(await buffered(text).text()).toBe(text);
    expect(new TextDecoder().decode(await buffered(text).arrayBuffer())).toBe(text);
    expect(new TextDecoder().decode(await buffered(text).bytes())).toBe(text);
    const blob = await buffered(text).blob();
    expect(blob.type).toBe('application/json');
    expect(await blob.text()).toBe(text);
  });

  it('rejects a second read', async () => {
    const response = buffered('{}');
    await response.text();

    await expect(response.json()).rejects.toThrow(TypeError);
    expect(() => response.clone()).toThrow(TypeError);
  });

  it('streams the body without using it up early', async () => {
    const response = buffered('{"a":1}');
    const stream = response.body;

    expect(stream).not.toBeNull();
    expect(response.bodyUsed).toBe(false);
    const text = await new Response(stream).text();
    expect(text).toBe('{"a":1}');
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(TypeError);
  });

  it('clones into an unread copy', async () => {
    const response = buffered('{"a":1}');
    const copy = response.clone();

    expect(await copy.json()).toEqual({ a: 1 });
    expect(response.bodyUsed).toBe(false);
    expect(await response.json()).toEqual({ a: 1 });
  });

  it('keeps status, headers and URL', async () => {
    const original = fetchLike('{"a":1}', 'https://api.devrev.ai/incidents.get');
    const response = createBufferedResponse(original, encoder.encode('{"a":1}'));

    expect(response.status).toBe(201);
    expect(response.statusText).toBe('Created');
    expect(response.url).toBe('https://api.devrev.ai/incidents.get');
    expect(response.headers.get('x-request-id')).toBe('req-1');
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(response.headers.get('content-length')).toBeNull();
  });

  it('serves a text body as bytes too', async () => {
    const text = '{"title":"Überlauf"}';
    const original = new Response(text, { headers: { 'content-type': 'application/json' } });

    const response = createBufferedResponse(original, text);

    expect(new TextDecoder().decode(await response.arrayBuffer())).toBe(text);
    expect(response.bodyUsed).toBe(true);
    expect(await new Response(createBufferedResponse(original, text).body).text()).toBe(text);
  });

  it('has no body for a 204', async () => {
    const response = createBufferedResponse(new Response(null, { status: 204 }), new Uint8Array(0));

    expect(response.body).toBeNull();
    expect(await response.text()).toBe('');
  });
});

describe('readBody', () => {
  it('reads JSON as text', async () => {
    const body = await readBody(new Response('{"a":1}', { headers: { 'content-type': 'application/json; charset=utf-8' } }));

    expect(body).toBe('{"a":1}');
  });

  it('reads text and +json types as text', async () => {
    const problem = await readBody(new Response('{}', { headers: { 'content-type': 'application/problem+json' } }));
    const plain = await readBody(new Response('busy', { headers: { 'content-type': 'text/plain' } }));

    expect(problem).toBe('{}');
    expect(plain).toBe('busy');
  });

  it('keeps binary content as bytes', async () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x00, 0x80]);

    const body = await readBody(new Response(bytes, { headers: { 'content-type': 'application/octet-stream' } }));

    expect(body).toBeInstanceOf(Uint8Array);
    expect([...(body as Uint8Array)]).toEqual([0xff, 0xfe, 0x00, 0x80]);
  });

  it('reads an untyped body as bytes', async () => {
    const body = await readBody(new Response(encoder.encode('plain')));

    expect(new TextDecoder().decode(body as Uint8Array)).toBe('plain');
  });
});

/** Creates a response that carries a URL and an encoding, as one from fetch does. */
function fetchLike(text: string, url: string): Response {
  const response = new Response(text, {
    status: 201,
    statusText: 'Created',
    headers: { 'content-encoding': 'gzip', 'x-request-id': 'req-1' },
  });
  Object.defineProperty(response, 'url', { value: url });
  return response;
}
