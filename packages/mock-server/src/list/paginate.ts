import { decodeCursor, encodeCursor } from './cursor.js';
import type { PageRequest } from './page-request.js';
import type { Sorter } from './parse-sort-by.js';

export interface Page<T> {
  items: T[];

  /** Continues after the page's last item (mode `after`); absent on the last page. */
  nextCursor?: string;

  /** Continues before the page's first item (mode `before`); absent on the first page. */
  prevCursor?: string;
}

/**
 * Sorts `items` and cuts one page, which is always in sort order. Mode `after`
 * starts after the cursor's item, or at the beginning without a cursor. Mode
 * `before` ends before it, or at the end. `scope` names the list, so a cursor
 * from one list or sort order is rejected by another.
 */
export function paginate<T>(items: readonly T[], sorter: Sorter<T>, scope: string, request: PageRequest): Page<T> {
  const cursorScope = `${scope}|${sorter.label}`;
  const keyed = items.map((item) => ({ item, key: sorter.keyOf(item) }));
  keyed.sort((a, b) => sorter.compare(a.key, b.key));

  const boundary = request.cursor === undefined ? undefined : decodeCursor(request.cursor, cursorScope);
  let start: number;
  let end: number;

  if (request.mode === 'after') {
    start = boundary === undefined ? 0 : firstIndex(keyed, (key) => sorter.compare(key, boundary) > 0);
    end = Math.min(keyed.length, start + request.limit);
  } else {
    end = boundary === undefined ? keyed.length : firstIndex(keyed, (key) => sorter.compare(key, boundary) >= 0);
    start = Math.max(0, end - request.limit);
  }

  const page = keyed.slice(start, end);
  const first = page[0];
  const last = page[page.length - 1];

  return {
    items: page.map((entry) => entry.item),
    ...(last && end < keyed.length ? { nextCursor: encodeCursor(cursorScope, last.key) } : {}),
    ...(first && start > 0 ? { prevCursor: encodeCursor(cursorScope, first.key) } : {}),
  };
}

function firstIndex<K>(entries: readonly { key: K }[], predicate: (key: K) => boolean): number {
  const index = entries.findIndex((entry) => predicate(entry.key));
  return index === -1 ? entries.length : index;
}
