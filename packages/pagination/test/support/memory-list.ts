import type { FetchPage, PageRequest } from '../../src/index.js';

/**
 * An in-memory list of the integers 0..total-1 served in pages of `pageSize`.
 * Cursors are offsets: in mode 'after' a cursor is the first index of a page,
 * in mode 'before' it is the index just past the page, and no cursor in mode
 * 'before' starts from the end of the list.
 */
export interface MemoryList {
  fetchPage: FetchPage<number>;
  requests: PageRequest[];
}

export function createMemoryList(total: number, pageSize: number): MemoryList {
  const requests: PageRequest[] = [];

  const fetchPage: FetchPage<number> = async (request) => {
    requests.push(request);
    const position = request.cursor === undefined ? undefined : Number(request.cursor);

    if (request.mode === 'before') {
      const end = position ?? total;
      const start = Math.max(0, end - pageSize);
      return {
        items: range(start, end),
        nextCursor: end < total ? String(end) : undefined,
        prevCursor: start > 0 ? String(start) : undefined,
      };
    }

    const start = position ?? 0;
    const end = Math.min(total, start + pageSize);
    return {
      items: range(start, end),
      nextCursor: end < total ? String(end) : undefined,
      prevCursor: start > 0 ? String(start) : undefined,
    };
  };

  return { fetchPage, requests };
}

/** Returns the items in the order a full walk yields them: ascending pages for 'after', pages from the end for 'before'. */
export function expectedOrder(total: number, pageSize: number, mode: 'after' | 'before'): number[] {
  if (mode === 'after') {
    return range(0, total);
  }
  const order: number[] = [];
  for (let end = total; end > 0; end -= pageSize) {
    order.push(...range(Math.max(0, end - pageSize), end));
  }
  return order;
}

export function range(start: number, end: number): number[] {
  return Array.from({ length: Math.max(0, end - start) }, (_, index) => start + index);
}
