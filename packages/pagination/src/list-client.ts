import { describeValue, DevRevValidationError, unwrap } from '@devrev-ts/core';

import type { ListEndpoint } from './find-list-endpoint.js';
import type { ListRequestInit } from './resolve-list-request.js';
import type { PageRequest } from './types.js';

interface CallResult<TData> {
  data?: TData;
  error?: unknown;
  response: Response;
}

/**
 * The two calls of an openapi-fetch client that `paginate` makes. A
 * DevRevClient provides both; like openapi-fetch, they trust the spec for the
 * type of `data`.
 */
export interface ListClient {
  POST<TData>(path: string, init: { body: Record<string, unknown>; signal?: AbortSignal }): Promise<CallResult<TData>>;
  GET<TData>(path: string, init: { params: { query: Record<string, unknown> }; signal?: AbortSignal }): Promise<CallResult<TData>>;
}

/** Returns the client when it has the POST and GET calls of an openapi-fetch client, or throws. */
export function requireListClient(client: unknown): ListClient {
  if (!isListClient(client)) {
    // An object is named by what it lacks rather than shown as JSON, because
    // a mistaken argument, such as the client's options, can contain the token.
    const description = typeof client === 'object' && client !== null ? 'an object without POST and GET methods' : describeValue(client);
    throw new DevRevValidationError(`Invalid client ${description}: expected a client from createDevRevClient() in @devrev-ts/core.`);
  }
  return client;
}

function isListClient(value: unknown): value is ListClient {
  return (
    typeof value === 'object' &&
    value !== null &&
    'POST' in value &&
    typeof value.POST === 'function' &&
    'GET' in value &&
    typeof value.GET === 'function'
  );
}

/**
 * Sends one page request: the caller's filters plus the cursor, limit and mode
 * of this page. Builds new objects, so the caller's body or query is never changed.
 */
export function sendListRequest<TData>(
  client: ListClient,
  path: string,
  endpoint: ListEndpoint,
  init: ListRequestInit,
  page: PageRequest,
): Promise<TData> {
  const fields: Record<string, unknown> = {};
  if (page.cursor !== undefined) {
    fields.cursor = page.cursor;
  }
  if (page.limit !== undefined && endpoint.limit) {
    fields.limit = page.limit;
  }
  // 'after' is the server's default, so mode is sent only to walk backwards.
  if (page.mode === 'before' && endpoint.mode) {
    fields.mode = page.mode;
  }

  if (init.method === 'GET') {
    return unwrap(client.GET<TData>(path, { params: { query: { ...init.query, ...fields } }, signal: page.signal }));
  }
  return unwrap(client.POST<TData>(path, { body: { ...init.body, ...fields }, signal: page.signal }));
}
