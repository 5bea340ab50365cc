import { describe, expect, it, vi } from 'vitest';

import { createPaginator, InvalidPageError, ListCall, PageFetchError, TooManyItemsError } from '../src/index.js';
import type { FetchPage, Page } from '../src/index.js';

/** A fetcher that returns the given pages in order, one per request. */
function scripted(pages: Page<string>[]) {
  return vi.fn<FetchPage<string>>(async (request) => {
    const page = pages[request.pageNumber - 1];
    if (page === undefined) {
      throw new Error(`no page ${request.pageNumber} in the script`);
    }
    return page;
  });
}

async function failureOf(action: () => Promise<unknown>): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('Paginator with a custom fetcher', () => {
  it('empty string cursor ends the list', async () => {
    const fetchPage = scripted([{ items: ['a'], nextCursor: '', prevCursor: undefined }]);

    expect(await createPaginator(fetchPage).toArray({ max: 10 })).toEqual(['a']);
    expect(fetchPage).toHaveBeenCalledTimes(1);
  });

  it('cursor that is not a string is invalid', async () => {
    // JSON.parse returns untyped data, like a source that breaks the Page contract.
    const fetchPage: FetchPage<string> = async () => JSON.parse('{ "items": ["a"], "nextCursor": 42 }');
    const paginator = createPaginator(fetchPage, { label: 'audit log' });

    const error = await failureOf(() => paginator.toArray({ max: 10 }));

    expect(error).toBeInstanceOf(InvalidPageError);
    expect(error).toHaveProperty(
      'message',
      'Page 1 of audit log (cursor (start of list)) is invalid: nextCursor must be a string or undefined, got number.',
    );
  });

  it('fetcher that throws synchronously fails the page', async () => {
    const cause = new TypeError('fetcher bug');
    const paginator = createPaginator<string>(() => {
      throw cause;
    });

    const error = await failureOf(() => paginator.take(1));

    expect(error).toBeInstanceOf(PageFetchError);
    expect(error).toHaveProperty('cause', cause);
    expect(error).toHaveProperty('message', 'Fetching page 1 of the list (cursor (start of list)) failed: fetcher bug');
  });

  it('done checkpoint resumes to nothing', async () => {
    const fetchPage = scripted([{ items: ['a'], nextCursor: undefined, prevCursor: undefined }]);

    const items = await createPaginator(fetchPage, { resumeFrom: { cursor: undefined, skip: 0, done: true } }).toArray({ max: 10 });

    expect(items).toEqual([]);
    expect(fetchPage).not.toHaveBeenCalled();
  });

  it('each iteration starts a new walk', async () => {
    const fetchPage = scripted([
      { items: ['a', 'b'], nextCursor: 'c1', prevCursor: undefined },
      { items: ['c'], nextCursor: undefined, prevCursor: 'c0' },
    ]);
    const paginator = createPaginator(fetchPage, { prefetch: 0 });

    expect(await paginator.take(1)).toEqual(['a']);
    expect(paginator.checkpoint).toEqual({ cursor: undefined, skip: 1, done: false });
    expect(await paginator.toArray({ max: 3 })).toEqual(['a', 'b', 'c']);
    expect(paginator.checkpoint).toEqual({ cursor: undefined, skip: 0, done: true });
    expect(fetchPage).toHaveBeenCalledTimes(3);
  });

  it('checkpoint counts each item as yielded', async () => {
    const fetchPage = scripted([
      { items: ['a', 'b'], nextCursor: 'c1', prevCursor: undefined },
      { items: ['c'], nextCursor: undefined, prevCursor: 'c0' },
    ]);
    const paginator = createPaginator(fetchPage);

    const seen: unknown[] = [];
    for await (const item of paginator) {
      seen.push([item, paginator.checkpoint]);
    }

    expect(seen).toEqual([
      ['a', { cursor: undefined, skip: 1, done: false }],
      ['b', { cursor: 'c1', skip: 0, done: false }],
      ['c', { cursor: undefined, skip: 0, done: true }],
    ]);
  });

  it('take() checkpoint after a cut page', async () => {
    const fetchPage = scripted([
      { items: ['a', 'b'], nextCursor: 'c1', prevCursor: undefined },
      { items: ['c', 'd', 'e'], nextCursor: undefined, prevCursor: 'c0' },
    ]);
    const paginator = createPaginator(fetchPage);

    expect(await paginator.take(4)).toEqual(['a', 'b', 'c', 'd']);
    expect(paginator.checkpoint).toEqual({ cursor: 'c1', skip: 2, done: false });
    expect(paginator.cursor).toBe('c1');
  });

  it('toArray() over max keeps the checkpoint', async () => {
    const fetchPage = scripted([
      { items: ['a', 'b'], nextCursor: 'c1', prevCursor: undefined },
      { items: ['c', 'd', 'e'], nextCursor: 'c2', prevCursor: 'c0' },
    ]);
    const paginator = createPaginator(fetchPage, { label: 'letters' });

    const error = await failureOf(() => paginator.toArray({ max: 3 }));

    expect(error).toBeInstanceOf(TooManyItemsError);
    expect(error).toHaveProperty('pageNumber', 2);
    expect(error).toHaveProperty('cursor', 'c1');
    // The checkpoint counts the first item past max, as a for-await loop would have received it.
    expect(paginator.checkpoint).toEqual({ cursor: 'c1', skip: 2, done: false });
    expect(fetchPage).toHaveBeenCalledTimes(2);
  });

  it('pages() hands out the fetched items', async () => {
    const items = ['a', 'b'];
    const fetchPage = scripted([{ items, nextCursor: undefined, prevCursor: undefined }]);

    const pages = [];
    for await (const page of createPaginator(fetchPage).pages()) {
      pages.push(page);
    }

    expect(pages).toEqual([{ items: ['a', 'b'], nextCursor: undefined, prevCursor: undefined, pageNumber: 1, cursor: undefined }]);
    expect(items).toEqual(['a', 'b']);
  });
});

describe('ListCall', () => {
  it('awaiting fetches the first page once', async () => {
    const fetchFirstPage = vi.fn(async () => ({ tags: ['a'], next_cursor: 'c1' }));
    const call = new ListCall(fetchFirstPage, createPaginator(scripted([])));

    expect(fetchFirstPage).not.toHaveBeenCalled();
    expect(await call).toEqual({ tags: ['a'], next_cursor: 'c1' });
    expect(await call).toEqual({ tags: ['a'], next_cursor: 'c1' });
    expect(fetchFirstPage).toHaveBeenCalledTimes(1);
  });

  it('iterating walks the paginator', async () => {
    const fetchPage = scripted([
      { items: ['a'], nextCursor: 'c1', prevCursor: undefined },
      { items: ['b'], nextCursor: undefined, prevCursor: 'c0' },
    ]);
    const fetchFirstPage = vi.fn(async () => ({}));
    const call = new ListCall(fetchFirstPage, createPaginator(fetchPage));

    const items: string[] = [];
    for await (const item of call) {
      items.push(item);
    }

    expect(items).toEqual(['a', 'b']);
    expect(call.cursor).toBeUndefined();
    expect(call.checkpoint.done).toBe(true);
    expect(fetchFirstPage).not.toHaveBeenCalled();
  });
});
