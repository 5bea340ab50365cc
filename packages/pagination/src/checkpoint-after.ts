import type { Checkpoint } from './types.js';

/** Position of a page in the list, reduced to the scalars a checkpoint needs so that the page's items are not kept. */
export interface PagePosition {
  /** Cursor that requested the page; undefined for the start of the list. */
  cursor: string | undefined;
  /** Items of the server's page that precede the first item handed out: the `skip` of a resumed walk. */
  offset: number;
  /** Number of items handed out from this page. */
  itemCount: number;
  /** False when `maxItems` cut the page short, so the page must be requested again to go on. */
  complete: boolean;
  /** The cursor the walk follows from this page (`prevCursor` in mode `'before'`). */
  followedCursor: string | undefined;
}

/**
 * Returns the position after the caller has received `consumed` items of a
 * page. Resuming from it yields none of those items again and skips none after
 * them, provided the server returns the same page for the same cursor.
 */
export function checkpointAfter(position: PagePosition, consumed: number): Checkpoint {
  const { cursor, offset, itemCount, complete, followedCursor } = position;

  if (consumed < itemCount || !complete) {
    return { cursor, skip: offset + consumed, done: false };
  }
  return { cursor: followedCursor, skip: 0, done: followedCursor === undefined };
}
