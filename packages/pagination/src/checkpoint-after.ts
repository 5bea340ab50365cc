import type { WalkStep } from './page-walk.js';
import type { Checkpoint } from './types.js';

/**
 * Returns the position after the caller has received `consumed` items of a
 * page. Resuming from it yields none of those items again and skips none after
 * them, provided the server returns the same page for the same cursor.
 */
export function checkpointAfter<T>(step: WalkStep<T>, consumed: number): Checkpoint {
  const { page, offset, complete, followedCursor } = step;

  if (consumed < page.items.length || !complete) {
    return { cursor: page.cursor, skip: offset + consumed, done: false };
  }
  return { cursor: followedCursor, skip: 0, done: followedCursor === undefined };
}
