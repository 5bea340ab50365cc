import { describe, expect, it } from 'vitest';

import { createBufferedResponse } from '../src/buffered-response.js';

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
    expect(response.headers.get('content-length')).toBe('7');
  });

  it('has no body for a 204', async () => {
    const response = createBufferedResponse(new Response(null, { status: 204 }), new Uint8Array(0));

    expect(response.body).toBeNull();
    expect(await response.text()).toBe('');
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
