import { InvalidPageError } from './errors.js';
import type { PageLocation } from './errors.js';
import type { Page } from './types.js';

/**
 * Checks what a page fetcher returned and normalises its cursors: null and the
 * empty string become undefined, because requesting an empty cursor would
 * restart the list. Returns an InvalidPageError instead of throwing.
 */
export function readPage<T>(received: unknown, location: PageLocation): Page<T> | InvalidPageError {
  if (typeof received !== 'object' || received === null) {
    return new InvalidPageError(location, `expected a page object with items, nextCursor and prevCursor, got ${typeof received}.`);
  }

  const items = 'items' in received ? received.items : undefined;
  if (!Array.isArray(items)) {
    return new InvalidPageError(location, `expected items to be an array, got ${typeof items}.`);
  }

  const nextCursor = readCursor('nextCursor' in received ? received.nextCursor : undefined);
  const prevCursor = readCursor('prevCursor' in received ? received.prevCursor : undefined);
  if (nextCursor instanceof TypeError) {
    return new InvalidPageError(location, `nextCursor ${nextCursor.message}`);
  }
  if (prevCursor instanceof TypeError) {
    return new InvalidPageError(location, `prevCursor ${prevCursor.message}`);
  }

  // NOTE: only the array is checked; the item type is the one the spec or the fetcher declares.
  return { items, nextCursor, prevCursor };
}

function readCursor(value: unknown): string | undefined | TypeError {
  if (value === undefined || value === null || value === '') {
    return undefined;
  }
  if (typeof value !== 'string') {
    return new TypeError(`must be a string or undefined, got ${typeof value}.`);
  }
  return value;
}
