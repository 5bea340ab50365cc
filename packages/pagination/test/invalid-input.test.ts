import { DevRevValidationError } from '@devrev-ts/core';
import type { DevRevClient } from '@devrev-ts/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { createPaginator, paginate } from '../src/index.js';
import type { FetchPage, PaginateOptions } from '../src/index.js';
import { startListServer } from './support/list-server.js';
import type { ListServer } from './support/list-server.js';

const emptyPage: FetchPage<number> = async () => ({ items: [], nextCursor: undefined, prevCursor: undefined });

/** Runs `action` and returns what it threw, or undefined. */
function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** Options as a JavaScript caller could pass them, past the type checker. */
function untyped(options: Record<string, unknown>): PaginateOptions {
  return options;
}

describe('invalid options throw before any request', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['pageSize 0', { pageSize: 0 }, 'Invalid pageSize 0: expected an integer of at least 1.'],
    ['pageSize negative', { pageSize: -5 }, 'Invalid pageSize -5: expected an integer of at least 1.'],
    ['pageSize fractional', { pageSize: 2.5 }, 'Invalid pageSize 2.5: expected an integer of at least 1.'],
    ['pageSize string', { pageSize: '50' }, 'Invalid pageSize "50": expected an integer of at least 1.'],
    [
      'maxItems negative',
      { maxItems: -1 },
      'Invalid maxItems -1: expected an integer of at least 0, or leave it unset for no limit.',
    ],
    [
      'maxItems NaN',
      { maxItems: Number.NaN },
      'Invalid maxItems NaN: expected an integer of at least 0, or leave it unset for no limit.',
    ],
    [
      'maxPages fractional',
      { maxPages: 1.5 },
      'Invalid maxPages 1.5: expected an integer of at least 0, or leave it unset for no limit.',
    ],
    ['prefetch negative', { prefetch: -1 }, 'Invalid prefetch -1: expected an integer of at least 0.'],
    ['mode unknown', { mode: 'backwards' }, `Invalid mode "backwards": expected 'after' or 'before'.`],
    ['signal not a signal', { signal: {} }, 'Invalid signal {}: expected an AbortSignal, such as controller.signal.'],
    [
      'cursor empty',
      { cursor: '' },
      'Invalid cursor "": expected a non-empty string from a list response, or leave it unset to start at the beginning.',
    ],
    [
      'cursor with resumeFrom',
      { cursor: 'c1', resumeFrom: { cursor: 'c2', skip: 0, done: false } },
      'Invalid pagination options: cursor and resumeFrom were both set. Pass resumeFrom to resume from a checkpoint, or cursor to start at a cursor.',
    ],
    [
      'resumeFrom without skip',
      { resumeFrom: { cursor: 'c2', done: false } },
      'Invalid resumeFrom: skip undefined is not a non-negative integer. Pass a value saved from paginator.checkpoint.',
    ],
  ];

  it.each(cases)('%s', (_name, options, message) => {
    const fetchPage = vi.fn(emptyPage);

    const error = thrownBy(() => createPaginator(fetchPage, untyped(options)));

    expect(error).toBeInstanceOf(DevRevValidationError);
    expect(error).toHaveProperty('message', message);
    expect(fetchPage).not.toHaveBeenCalled();
  });

  it('take and toArray check their bounds', async () => {
    const fetchPage = vi.fn(emptyPage);
    const paginator = createPaginator(fetchPage);

    await expect(paginator.take(-1)).rejects.toThrow('Invalid count passed to take() -1: expected an integer of at least 0.');
    await expect(paginator.toArray({ max: 1.5 })).rejects.toThrow('Invalid max passed to toArray() 1.5: expected an integer of at least 0.');
    await expect(Reflect.apply(paginator.toArray, paginator, [])).rejects.toThrow(
      'Invalid toArray() options undefined: expected { max }, the largest number of items to hold in memory.',
    );
    expect(fetchPage).not.toHaveBeenCalled();
  });

  it('fetchPage must be a function', () => {
    expect(() => createPaginator(Reflect.get({}, 'missing'))).toThrow(
      'Invalid fetchPage undefined: expected a function that takes a PageRequest and resolves to a Page.',
    );
  });
});

describe('invalid paginate calls throw before any request', () => {
  let server: ListServer;
  let client: DevRevClient;

  beforeAll(async () => {
    server = await startListServer(() => ({ json: { tags: [] } }));
    client = server.client;
  });

  afterAll(async () => {
    await server.close();
  });

  /** Calls paginate with arguments the type checker would reject, as a JavaScript caller could. */
  function callUntyped(...args: unknown[]): unknown {
    return Reflect.apply(paginate, undefined, [client, ...args]);
  }

  const cases: [string, unknown[], string][] = [
    [
      'path that is not a list',
      ['/accounts.create'],
      `Invalid path "/accounts.create": it is not a cursor-paginated list endpoint of the DevRev beta API, such as '/works.list'. For other lists, pass your own page fetcher to createPaginator().`,
    ],
    [
      'pageSize where limit is not accepted',
      ['/rev-users.scan', undefined, { pageSize: 10 }],
      'Invalid pageSize 10: /rev-users.scan does not accept limit, so the server picks the page size. Remove pageSize.',
    ],
    [
      'mode before where it is not supported',
      ['/stages.custom.list', undefined, { mode: 'before' }],
      `Invalid mode 'before': /stages.custom.list cannot be walked backwards, because it does not accept mode or return prev_cursor. Use mode 'after'.`,
    ],
    [
      'body that sets limit',
      ['/tags.list', { body: { limit: 10 } }],
      'Invalid request for /tags.list: body sets "limit", which the paginator sets on each request; pass it as the pageSize option instead.',
    ],
    [
      'query that sets cursor',
      ['/tags.list', { query: { cursor: 'c1' } }],
      'Invalid request for /tags.list: query sets "cursor", which the paginator sets on each request; pass it as the cursor (or resumeFrom) option instead.',
    ],
    [
      'both body and query',
      ['/tags.list', { body: {}, query: {} }],
      'Invalid request for /tags.list: both body and query were set; pass body to send a POST or query to send a GET.',
    ],
    [
      'filters outside body',
      ['/tags.list', { name: ['bug'] }],
      'Invalid request for /tags.list: unknown field "name"; expected { body } or { query }, with the filters inside.',
    ],
    ['options that are not an object', ['/tags.list', undefined, 5], 'Invalid pagination options 5: expected an object or undefined.'],
  ];

  it.each(cases)('%s', (_name, args, message) => {
    const error = thrownBy(() => callUntyped(...args));

    expect(error).toBeInstanceOf(DevRevValidationError);
    expect(error).toHaveProperty('message', message);
    expect(server.requests).toHaveLength(0);
  });

  it('client must be a DevRev client', () => {
    expect(() => Reflect.apply(paginate, undefined, [{}, '/tags.list'])).toThrow(
      'Invalid client an object without POST and GET methods: expected a client from createDevRevClient() in @devrev-ts/core.',
    );
  });

  it('client options as client hide the token', () => {
    const error = thrownBy(() => Reflect.apply(paginate, undefined, [{ token: 'secret-token-value' }, '/tags.list']));

    expect(error).toBeInstanceOf(DevRevValidationError);
    expect((error as Error).message).not.toContain('secret-token-value');
  });
});
