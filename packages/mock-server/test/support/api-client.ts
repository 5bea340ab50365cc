import { expect } from 'vitest';

import { SERVED_OPERATIONS } from '../../scripts/served-operations.mjs';
import type { MockServer } from '../../src/index.js';
import { responseViolations } from './spec-response-validator.js';

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface CallOptions {
  token?: string | null;
  query?: Record<string, string | number | boolean | (string | number)[]>;
  rawBody?: string;
}

/**
 * Creates a minimal client for tests. Each call sends one request to the mock
 * server and checks the response body against the spec's schema for that
 * operation and status.
 */
export function apiClient(server: MockServer) {
  async function call<T = any>(method: 'GET' | 'POST', path: string, body?: unknown, options: CallOptions = {}): Promise<ApiResponse<T>> {
    const url = new URL(server.url + path);
    for (const [name, value] of Object.entries(options.query ?? {})) {
      url.searchParams.set(name, Array.isArray(value) ? value.join(',') : String(value));
    }

    const token = options.token === undefined ? server.token : options.token;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token !== null) {
      headers.authorization = `Bearer ${token}`;
    }

    const response = await fetch(url, {
      method,
      headers,
      ...(options.rawBody !== undefined ? { body: options.rawBody } : body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const parsed = (await response.json()) as T;

    if (!path.startsWith('/__admin/') && isSpecPath(path)) {
      expect(responseViolations(method, path, response.status, parsed), `${method} ${path} ${response.status} matches the spec`).toEqual([]);
    }
    return { status: response.status, body: parsed, headers: response.headers };
  }

  return {
    call,
    get: <T = any>(path: string, query: CallOptions['query'] = {}, options: CallOptions = {}) => call<T>('GET', path, undefined, { ...options, query }),
    post: <T = any>(path: string, body: unknown = {}, options: CallOptions = {}) => call<T>('POST', path, body, options),
  };
}

const SPEC_PATHS = new Set(SERVED_OPERATIONS.map(([, path]) => path));

function isSpecPath(path: string): boolean {
  return SPEC_PATHS.has(path);
}

export type ApiClient = ReturnType<typeof apiClient>;

/** Fetches every page of a `next_cursor` list through POST and returns the items. */
export async function listAll<T = any>(client: ApiClient, path: string, itemsField: string, request: Record<string, unknown> = {}): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;

  do {
    const { status, body } = await client.post(path, { ...request, limit: 100, ...(cursor ? { cursor } : {}) });
    expect(status).toBe(200);
    items.push(...(body[itemsField] as T[]));
    cursor = body.next_cursor;
  } while (cursor);
  return items;
}
