import type { Page } from '@devrev-ts/pagination';

/** Reduces a list response to the page the paginator walks. */
export function toPage<R extends { next_cursor?: string; prev_cursor?: string }, T>(
  response: R,
  itemsOf: (response: R) => T[],
): Page<T> {
  return { items: itemsOf(response), nextCursor: response.next_cursor, prevCursor: response.prev_cursor };
}
