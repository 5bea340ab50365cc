import { ServerError } from '@devrev-ts/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  InvalidPageError,
  PageFetchError,
  PaginationAbortError,
  paginate,
  RepeatedCursorError,
} from '../src/index.js';
import type { PaginationError } from '../src/index.js';
import { createGate, startListServer } from './support/list-server.js';
import type { ListHandler, ListServer, Reply } from './support/list-server.js';

/** Builds a `/tags.list` page with one tag per name. */
function tagsPage(names: string[], nextCursor?: string): Reply {
  return { json: { tags: names.map((name) => ({ id: `tag:${name}`, name })), next_cursor: nextCursor } };
}

/** Replies by the cursor in the request body; `start` is the page for no cursor. */
function byCursor(pages: Record<string, Reply | Promise<Reply>>): ListHandler {
  return (request) => {
    const cursor = typeof request.body?.cursor === 'string' ? request.body.cursor : 'start';
    const reply = pages[cursor];
    if (reply === undefined) {
      return { status: 400, json: { type: 'bad_request', message: `unknown cursor ${cursor}` } };
    }
    return reply;
  };
}

/** Collects names until the walk ends or fails; returns the names and the error, if any. */
async function collectNames(iterable: AsyncIterable<{ name?: string }>): Promise<{ names: string[]; error: unknown }> {
  const names: string[] = [];
  try {
    for await (const tag of iterable) {
      names.push(tag.name ?? '');
    }
  } catch (error) {
    return { names, error };
  }
  return { names, error: undefined };
}

let running: ListServer | undefined;
const unhandled: unknown[] = [];
const recordUnhandled = (reason: unknown): void => {
  unhandled.push(reason);
};

beforeEach(() => {
  unhandled.length = 0;
  process.on('unhandledRejection', recordUnhandled);
});

afterEach(async () => {
  await running?.close();
  running = undefined;
  process.off('unhandledRejection', recordUnhandled);
});

/** Starts a list server that the test's cleanup closes. */
async function serve(handler: ListHandler): Promise<ListServer> {
  running = await startListServer(handler);
  return running;
}

/** Lets pending callbacks and a macrotask run, so a stray request or rejection would show. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 20));
}

describe('adversarial servers', () => {
  it('repeated cursor ends with its page number', async () => {
    const server = await serve(
      byCursor({ start: tagsPage(['a'], 'c1'), c1: tagsPage(['b'], 'c2'), c2: tagsPage(['c'], 'c1') }),
    );

    const { names, error } = await collectNames(paginate(server.client, '/tags.list'));

    expect(names).toEqual(['a', 'b', 'c']);
    expect(error).toBeInstanceOf(RepeatedCursorError);
    const repeated = error as RepeatedCursorError;
    expect(repeated.pageNumber).toBe(3);
    expect(repeated.cursor).toBe('c1');
    expect(repeated.firstPageNumber).toBe(1);
    expect(repeated.message).toContain('Page 3 of /tags.list returned cursor "c1"');
    expect(server.requests).toHaveLength(3);
  });

  it('repeated start cursor is caught', async () => {
    const server = await serve(byCursor({ c5: tagsPage(['a'], 'c5') }));

    const { names, error } = await collectNames(paginate(server.client, '/tags.list', undefined, { cursor: 'c5' }));

    expect(names).toEqual(['a']);
    expect(error).toBeInstanceOf(RepeatedCursorError);
    expect((error as RepeatedCursorError).firstPageNumber).toBe(0);
    expect(server.requests).toHaveLength(1);
  });

  it('empty pages with cursors are followed', async () => {
    const server = await serve(
      byCursor({ start: tagsPage([], 'e1'), e1: tagsPage([], 'e2'), e2: tagsPage([], 'e3'), e3: tagsPage(['a', 'b']) }),
    );

    const { names, error } = await collectNames(paginate(server.client, '/tags.list'));

    expect(error).toBeUndefined();
    expect(names).toEqual(['a', 'b']);
    expect(server.requests).toHaveLength(4);
  });

  it('empty pages stop at maxPages', async () => {
    const server = await serve(
      byCursor({ start: tagsPage([], 'e1'), e1: tagsPage([], 'e2'), e2: tagsPage([], 'e3'), e3: tagsPage(['a']) }),
    );
    const call = paginate(server.client, '/tags.list', undefined, { maxPages: 2 });

    const { names, error } = await collectNames(call);

    expect(error).toBeUndefined();
    expect(names).toEqual([]);
    expect(server.requests).toHaveLength(2);
    expect(call.checkpoint).toEqual({ cursor: 'e2', skip: 0, done: false });
  });

  it('failure mid-way names page and cursor', async () => {
    let failing = true;
    const pages = { start: tagsPage(['a', 'b'], 'c1'), c1: tagsPage(['c', 'd'], 'c2'), c2: tagsPage(['e']) };
    const server = await serve((request, index) => {
      if (failing && request.body?.cursor === 'c2') {
        return { status: 500, json: { type: 'internal_error', message: 'database unavailable' } };
      }
      return byCursor(pages)(request, index);
    });
    const call = paginate(server.client, '/tags.list', { body: {} }, { pageSize: 2 });

    const { names, error } = await collectNames(call);

    expect(names).toEqual(['a', 'b', 'c', 'd']);
    expect(error).toBeInstanceOf(PageFetchError);
    const failure = error as PageFetchError;
    expect(failure.pageNumber).toBe(3);
    expect(failure.cursor).toBe('c2');
    expect(failure.status).toBe(500);
    expect(failure.type).toBe('internal_error');
    expect(failure.cause).toBeInstanceOf(ServerError);
    expect(failure.message).toContain('Fetching page 3 of /tags.list (cursor "c2") failed');
    expect(failure.message).toContain('database unavailable');

    failing = false;
    const resumed = await collectNames(paginate(server.client, '/tags.list', { body: {} }, { pageSize: 2, resumeFrom: call.checkpoint }));
    expect(resumed.error).toBeUndefined();
    expect([...names, ...resumed.names]).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('break during slow prefetch stops fetching', async () => {
    const slowPage = createGate<Reply>();
    const server = await serve(byCursor({ start: tagsPage(['a', 'b'], 'c1'), c1: slowPage.promise }));

    const names: string[] = [];
    for await (const tag of paginate(server.client, '/tags.list')) {
      names.push(tag.name);
      // The caller is still working on the first item when the prefetch reaches the server.
      await server.waitForRequests(2);
      break;
    }
    expect(names).toEqual(['a']);

    expect(server.requests).toHaveLength(2);
    await server.requests[1]?.abandoned;
    slowPage.open(tagsPage(['c'], 'c2'));
    await settle();
    expect(server.requests).toHaveLength(2);
    expect(unhandled).toEqual([]);
  });

  it('throw in loop stops fetching', async () => {
    const slowPage = createGate<Reply>();
    const server = await serve(byCursor({ start: tagsPage(['a'], 'c1'), c1: slowPage.promise }));

    const failure = new Error('caller failed');
    const loop = async () => {
      for await (const tag of paginate(server.client, '/tags.list')) {
        expect(tag.name).toBe('a');
        await server.waitForRequests(2);
        throw failure;
      }
    };

    await expect(loop()).rejects.toBe(failure);
    expect(server.requests).toHaveLength(2);
    await server.requests[1]?.abandoned;
    await settle();
    expect(server.requests).toHaveLength(2);
    expect(unhandled).toEqual([]);
  });

  it('break without prefetch sends one request', async () => {
    const server = await serve(byCursor({ start: tagsPage(['a', 'b'], 'c1'), c1: tagsPage(['c']) }));

    for await (const tag of paginate(server.client, '/tags.list', undefined, { prefetch: 0 })) {
      expect(tag.name).toBe('a');
      break;
    }

    await settle();
    expect(server.requests).toHaveLength(1);
  });

  it('abort mid-request ends with AbortError', async () => {
    const slowPage = createGate<Reply>();
    const server = await serve(byCursor({ start: tagsPage(['a'], 'c1'), c1: slowPage.promise }));
    const controller = new AbortController();
    const reason = new Error('operator cancelled the export');

    const walk = collectNames(paginate(server.client, '/tags.list', undefined, { signal: controller.signal }));
    await server.waitForRequests(2);
    controller.abort(reason);
    const { names, error } = await walk;

    expect(names).toEqual(['a']);
    expect(error).toBeInstanceOf(PaginationAbortError);
    const aborted = error as PaginationAbortError;
    expect(aborted.name).toBe('AbortError');
    expect(aborted.pageNumber).toBe(2);
    expect(aborted.cursor).toBe('c1');
    expect(aborted.cause).toBe(reason);
    await server.requests[1]?.abandoned;
    slowPage.open(tagsPage(['b']));
    await settle();
    expect(server.requests).toHaveLength(2);
    expect(unhandled).toEqual([]);
  });

  it('aborted signal sends no request', async () => {
    const server = await serve(byCursor({ start: tagsPage(['a']) }));
    const controller = new AbortController();
    controller.abort();

    const { error } = await collectNames(paginate(server.client, '/tags.list', undefined, { signal: controller.signal }));

    expect(error).toBeInstanceOf(PaginationAbortError);
    expect((error as PaginationError).pageNumber).toBe(1);
    expect(server.requests).toHaveLength(0);
  });

  it('page without its items array is invalid', async () => {
    const server = await serve(() => ({ json: { items: [], next_cursor: 'c1' } }));

    const { error } = await collectNames(paginate(server.client, '/tags.list'));

    expect(error).toBeInstanceOf(InvalidPageError);
    expect((error as InvalidPageError).message).toBe(
      'Page 1 of /tags.list (cursor (start of list)) is invalid: expected the "tags" array in the response, got undefined.',
    );
    expect(server.requests).toHaveLength(1);
  });
});
