import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { createPaginator, TooManyItemsError } from '../src/index.js';
import type { PaginationMode } from '../src/index.js';
import { createMemoryList, expectedOrder } from './support/memory-list.js';

const NUM_RUNS = 200;

interface ListShape {
  total: number;
  pageSize: number;
  mode: PaginationMode;
  prefetch: number;
}

const listShape: fc.Arbitrary<ListShape> = fc.record({
  total: fc.integer({ min: 0, max: 120 }),
  pageSize: fc.integer({ min: 1, max: 25 }),
  mode: fc.constantFrom<PaginationMode>('after', 'before'),
  prefetch: fc.integer({ min: 0, max: 3 }),
});

const optionalLimit = fc.option(fc.integer({ min: 0, max: 140 }), { nil: undefined });
const optionalPageLimit = fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined });

/** Pages a walk requests when it runs to its end: at least one, even for an empty list. */
function pagesToEnd(total: number, pageSize: number, maxItems = Infinity, maxPages = Infinity): number {
  if (maxItems === 0 || maxPages === 0) {
    return 0;
  }
  return Math.max(1, Math.min(Math.ceil(total / pageSize), maxPages, Math.ceil(maxItems / pageSize)));
}

describe('paginator properties', () => {
  it('yields every item once, in order, with page arithmetic', async () => {
    await fc.assert(
      fc.asyncProperty(listShape, optionalLimit, optionalPageLimit, async (shape, maxItems, maxPages) => {
        const { total, pageSize, mode, prefetch } = shape;
        const list = createMemoryList(total, pageSize);
        const paginator = createPaginator(list.fetchPage, { pageSize, mode, prefetch, maxItems, maxPages });

        const items: number[] = [];
        for await (const item of paginator) {
          items.push(item);
        }

        const reachable = Math.min(maxItems ?? Infinity, (maxPages ?? Infinity) * pageSize);
        expect(items).toEqual(expectedOrder(total, pageSize, mode).slice(0, reachable));
        expect(list.requests).toHaveLength(pagesToEnd(total, pageSize, maxItems, maxPages));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('sends each page the cursor the previous page returned', async () => {
    await fc.assert(
      fc.asyncProperty(listShape, async ({ total, pageSize, mode, prefetch }) => {
        const list = createMemoryList(total, pageSize);
        const paginator = createPaginator(list.fetchPage, { pageSize, mode, prefetch });

        let previousCursor: string | undefined;
        let pageNumber = 0;
        for await (const page of paginator.pages()) {
          pageNumber++;
          expect(page.pageNumber).toBe(pageNumber);
          expect(page.cursor).toBe(previousCursor);
          previousCursor = mode === 'before' ? page.prevCursor : page.nextCursor;
        }

        expect(list.requests.map((request) => request.pageNumber)).toEqual(
          Array.from({ length: pageNumber }, (_, index) => index + 1),
        );
        for (const request of list.requests) {
          expect(request.limit).toBe(pageSize);
          expect(request.mode).toBe(mode);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('stops requesting after break, within the prefetch depth', async () => {
    const stoppingPoint = listShape
      .filter(({ total }) => total > 0)
      .chain((shape) => fc.tuple(fc.constant(shape), fc.integer({ min: 1, max: shape.total })));

    await fc.assert(
      fc.asyncProperty(stoppingPoint, async ([{ total, pageSize, mode, prefetch }, stopAfter]) => {
        const list = createMemoryList(total, pageSize);
        const paginator = createPaginator(list.fetchPage, { pageSize, mode, prefetch });

        const items: number[] = [];
        for await (const item of paginator) {
          items.push(item);
          if (items.length === stopAfter) {
            break;
          }
        }

        expect(items).toEqual(expectedOrder(total, pageSize, mode).slice(0, stopAfter));
        const consumedPages = Math.ceil(stopAfter / pageSize);
        const lastPage = pagesToEnd(total, pageSize);
        const exactForDepth = Math.min(consumedPages + Math.min(prefetch, 1), lastPage);
        if (prefetch <= 1) {
          expect(list.requests).toHaveLength(exactForDepth);
        } else {
          expect(list.requests.length).toBeGreaterThanOrEqual(exactForDepth);
          expect(list.requests.length).toBeLessThanOrEqual(Math.min(consumedPages + prefetch, lastPage));
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('resumes from a checkpoint without repeats or gaps', async () => {
    const stoppingPoint = listShape.chain((shape) => fc.tuple(fc.constant(shape), fc.integer({ min: 0, max: shape.total })));

    await fc.assert(
      fc.asyncProperty(stoppingPoint, fc.boolean(), async ([{ total, pageSize, mode, prefetch }, stopAfter], byPage) => {
        const list = createMemoryList(total, pageSize);
        const first = createPaginator(list.fetchPage, { pageSize, mode, prefetch });

        // Like a job that saves its checkpoint after processing each page or item.
        const seen: number[] = [];
        let saved = first.checkpoint;
        if (byPage) {
          for await (const page of first.pages()) {
            if (seen.length >= stopAfter) {
              break;
            }
            seen.push(...page.items);
            saved = first.checkpoint;
          }
        } else if (stopAfter > 0) {
          for await (const item of first) {
            seen.push(item);
            saved = first.checkpoint;
            if (seen.length === stopAfter) {
              break;
            }
          }
        }

        const requestsBeforeResume = list.requests.length;
        const resumed = createPaginator(list.fetchPage, { pageSize, mode, prefetch, resumeFrom: saved });
        for await (const item of resumed) {
          seen.push(item);
        }

        expect(seen).toEqual(expectedOrder(total, pageSize, mode));
        expect(resumed.checkpoint.done).toBe(true);
        if (saved.done) {
          expect(list.requests).toHaveLength(requestsBeforeResume);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('resumes after maxItems cut a page short', async () => {
    await fc.assert(
      fc.asyncProperty(listShape, fc.integer({ min: 0, max: 130 }), fc.boolean(), async (shape, maxItems, byPage) => {
        const { total, pageSize, mode, prefetch } = shape;
        const list = createMemoryList(total, pageSize);
        const first = createPaginator(list.fetchPage, { pageSize, mode, prefetch, maxItems });

        const seen: number[] = [];
        if (byPage) {
          for await (const page of first.pages()) {
            seen.push(...page.items);
          }
        } else {
          seen.push(...(await first.toArray({ max: maxItems })));
        }

        const resumed = createPaginator(list.fetchPage, { pageSize, mode, prefetch, resumeFrom: first.checkpoint });
        seen.push(...(await resumed.toArray({ max: total })));

        expect(seen).toEqual(expectedOrder(total, pageSize, mode));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('take(n) requests only the pages it needs', async () => {
    const takeCount = listShape.chain((shape) => fc.tuple(fc.constant(shape), fc.integer({ min: 0, max: shape.total + 10 })));

    await fc.assert(
      fc.asyncProperty(takeCount, async ([{ total, pageSize, mode, prefetch }, count]) => {
        const list = createMemoryList(total, pageSize);
        const items = await createPaginator(list.fetchPage, { pageSize, mode, prefetch }).take(count);

        expect(items).toEqual(expectedOrder(total, pageSize, mode).slice(0, count));
        expect(list.requests).toHaveLength(pagesToEnd(total, pageSize, count));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('toArray({ max }) rejects lists longer than max', async () => {
    await fc.assert(
      fc.asyncProperty(listShape, fc.integer({ min: 0, max: 130 }), optionalLimit, async (shape, max, maxItems) => {
        const { total, pageSize, mode, prefetch } = shape;
        const list = createMemoryList(total, pageSize);
        const paginator = createPaginator(list.fetchPage, { pageSize, mode, prefetch, maxItems });
        const available = Math.min(total, maxItems ?? Infinity);

        if (available > max) {
          await expect(paginator.toArray({ max })).rejects.toBeInstanceOf(TooManyItemsError);
        } else {
          await expect(paginator.toArray({ max })).resolves.toEqual(expectedOrder(total, pageSize, mode).slice(0, available));
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
