import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';

import {
  BadRequestError,
  ConflictError,
  createDevRevClient,
  DevRevError,
  type DevRevErrorType,
  ForbiddenError,
  NotFoundError,
  PayloadTooLargeError,
  RateLimitedError,
  ServerError,
  UnauthorizedError,
} from '../src/index.js';
import { type RawServer, sendJson, startRawServer } from './helpers/raw-server.js';

const TOKEN = 'error-test-token';

let server: RawServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Starts a server that always replies with this status, body and headers, and a client without retries. */
async function failWith(status: number, body: string, headers: Record<string, string> = {}) {
  server = await startRawServer((_request, response) => {
    response.writeHead(status, headers);
    response.end(body);
  });
  return createDevRevClient({ token: TOKEN, baseUrl: server.url, maxRetries: 0 });
}

async function errorOf(call: Promise<unknown>): Promise<DevRevError> {
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof DevRevError)) {
    throw new Error(`expected a DevRevError, got ${String(error)}`);
  }
  return error;
}

const json = { 'content-type': 'application/json' };

describe('error class by status', () => {
  it.each([
    [400, BadRequestError, 'bad_request'],
    [401, UnauthorizedError, 'token_expired'],
    [403, ForbiddenError, 'forbidden'],
    [404, NotFoundError, 'not_found'],
    [409, ConflictError, 'conflict'],
    [413, PayloadTooLargeError, 'request_entity_too_large'],
    [429, RateLimitedError, 'too_many_requests'],
    [500, ServerError, 'internal_error'],
    [503, ServerError, 'service_unavailable'],
  ])('maps status %i to its class', async (status, ErrorClass, type) => {
    const client = await failWith(status, JSON.stringify({ type, message: 'Something went wrong', detail: 'More about it' }), {
      ...json,
      'x-request-id': 'req-42',
    });

    const error = await errorOf(client.POST('/incidents.get', { body: { id: 'incident/1' } }));

    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(DevRevError);
    expect(error).toMatchObject({ status, type, detail: 'More about it', requestId: 'req-42', method: 'POST', path: '/incidents.get' });
    expect(error.message).toBe(`POST /incidents.get failed with status ${status} ${type} (request id req-42): Something went wrong. Detail: More about it.`);
  });

  it('gives other statuses the base class', async () => {
    const client = await failWith(418, JSON.stringify({ message: 'I am a teapot' }), json);

    const error = await errorOf(client.POST('/incidents.get', { body: { id: 'incident/1' } }));

    expect(error.constructor).toBe(DevRevError);
    expect(error.status).toBe(418);
  });

  it('carries retryAfter on a rate-limit error', async () => {
    const client = await failWith(429, JSON.stringify({ type: 'too_many_requests', retry_after: 30 }), json);

    const error = await errorOf(client.POST('/incidents.list', { body: {} }));

    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({ retryAfter: 30 });
  });

  it('reports the API path under a base URL prefix', async () => {
    server = await startRawServer((_request, response) => sendJson(response, 404, { type: 'not_found', message: 'No such incident' }));
    const client = createDevRevClient({ token: TOKEN, baseUrl: `${server.url}/devrev/`, maxRetries: 0 });

    const error = await errorOf(client.POST('/incidents.get', { body: { id: 'incident/9' } }));

    expect(server.requests[0]?.rawUrl).toBe('/devrev/incidents.get');
    expect(error.path).toBe('/incidents.get');
  });
});

describe('error type narrowing', () => {
  const invalidEnum = {
    type: 'invalid_enum_value',
    message: 'Invalid value for severity',
    field_name: 'severity',
    value: 'SEV9',
    allowed_values: ['SEV0', 'SEV1', 'SEV2'],
  };

  it('narrows the body of invalid_enum_value', async () => {
    const client = await failWith(400, JSON.stringify(invalidEnum), json);

    const error = await errorOf(client.POST('/incidents.create', { body: { title: 'Disk full' } }));

    expect(error.hasType('invalid_enum_value')).toBe(true);
    if (error instanceof BadRequestError && error.hasType('invalid_enum_value')) {
      expectTypeOf(error.body.allowed_values).toEqualTypeOf<string[]>();
      expectTypeOf(error.body.field_name).toEqualTypeOf<string>();
      expect(error.body.allowed_values).toEqual(['SEV0', 'SEV1', 'SEV2']);
      expect(error.body.field_name).toBe('severity');
      expect(error.body.value).toBe('SEV9');
    }
  });

  it('does not narrow to another type', async () => {
    const client = await failWith(400, JSON.stringify(invalidEnum), json);

    const error = await errorOf(client.POST('/incidents.create', { body: { title: 'Disk full' } }));

    expect(error.hasType('missing_required_field')).toBe(false);
  });

  it('types retry_after on too_many_requests', () => {
    const error = new RateLimitedError('limited', { status: 429, type: 'too_many_requests', body: { type: 'too_many_requests', retry_after: 5 } });

    if (error.hasType('too_many_requests')) {
      expectTypeOf(error.body.retry_after).toEqualTypeOf<number | undefined>();
    }
    expect(error.hasType('too_many_requests')).toBe(true);
  });

  it('lists DevRev error types', () => {
    expectTypeOf<'invalid_enum_value'>().toExtend<DevRevErrorType>();
    expectTypeOf<'token_expired'>().toExtend<DevRevErrorType>();
    expectTypeOf<'too_many_requests'>().toExtend<DevRevErrorType>();
    expectTypeOf<'no_such_type'>().not.toExtend<DevRevErrorType>();
  });
});

describe('non-JSON error bodies', () => {
  it('quotes the start of an HTML page from a proxy', async () => {
    const page = `<html>\n  <head><title>502 Bad Gateway</title></head>\n  <body>${'x'.repeat(500)}</body>\n</html>`;
    const client = await failWith(502, page, { 'content-type': 'text/html' });

    const error = await errorOf(client.POST('/incidents.create', { body: { title: 'Disk full' } }));

    expect(error).toBeInstanceOf(ServerError);
    expect(error.status).toBe(502);
    expect(error.type).toBeUndefined();
    expect(error.body).toBeUndefined();
    expect(error.message).toMatch(
      /^POST \/incidents\.create failed with status 502 and a non-JSON body \(text\/html\): <html> <head><title>502 Bad Gateway<\/title><\/head> <body>x+\.\.\.$/,
    );
    expect(error.message.length).toBeLessThan(300);
  });

  it('names an empty body', async () => {
    const client = await failWith(404, '');

    const error = await errorOf(client.POST('/incidents.get', { body: { id: 'incident/1' } }));

    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe('POST /incidents.get failed with status 404 and an empty body.');
  });

  it('treats a JSON array as non-JSON-object text', async () => {
    const client = await failWith(400, '["unexpected"]', json);

    const error = await errorOf(client.POST('/incidents.get', { body: { id: 'incident/1' } }));

    expect(error.body).toBeUndefined();
    expect(error.message).toContain('["unexpected"]');
  });
});
