import { checkInteger, invalidValueError } from '@devrev-ts/core';

import { checkpointAfter } from './checkpoint-after.js';
import type { PagePosition } from './checkpoint-after.js';
import { TooManyItemsError } from './errors.js';
import { PageWalk } from './page-walk.js';
import { resolveOptions } from './resolve-options.js';
import type { WalkSettings } from './resolve-options.js';
import type { Checkpoint, FetchPage, ListPage, PaginateOptions } from './types.js';

/**
 * Walks a cursor-paginated list: async-iterable over items, with `pages()`
 * for whole pages, `take()` and `toArray()` for bounded collection, and
 * `checkpoint` for resuming after a crash.
 *
 * Each iteration starts a new walk from the configured start, and `cursor`
 * and `checkpoint` follow the walk started last.
 */
export class Paginator<T> implements AsyncIterable<T> {
  readonly #fetchPage: FetchPage<T>;
  readonly #settings: WalkSettings;

  // The checkpoint is computed when read, from the position of the page the
  // caller is on and the items it has received, so that handing out an item
  // costs one counter update rather than a new object.
  #position: PagePosition | undefined;
  #consumed = 0;

  /** Throws a DevRevValidationError for invalid options, before any request. */
  constructor(fetchPage: FetchPage<T>, options: PaginateOptions = {}) {
    if (typeof fetchPage !== 'function') {
      throw invalidValueError('fetchPage', fetchPage, 'a function that takes a PageRequest and resolves to a Page');
    }
    this.#fetchPage = fetchPage;
    this.#settings = resolveOptions(options);
  }

  /**
   * Cursor of the page that contains the next item not yet consumed: after the
   * caller consumes a page in full, the cursor of the page after it. Undefined
   * at the start of the list and after its end; `checkpoint.done` distinguishes the two.
   */
  get cursor(): string | undefined {
    return this.checkpoint.cursor;
  }

  /**
   * Position after the last item or page handed to the caller, updated as each
   * is yielded. Pass it back as `resumeFrom` to continue without repeating or
   * skipping items, as long as the server returns the same pages for the same cursors.
   */
  get checkpoint(): Checkpoint {
    if (this.#position === undefined) {
      const { startCursor, skip, startDone } = this.#settings;
      return { cursor: startCursor, skip, done: startDone };
    }
    return checkpointAfter(this.#position, this.#consumed);
  }

  /** Yields whole pages with their cursors and page numbers; `maxItems` cuts the last page short. */
  async *pages(): AsyncGenerator<ListPage<T>, void, undefined> {
    const walk = this.#startWalk(this.#settings);
    try {
      for (let step = await walk.next(); step !== undefined; step = await walk.next()) {
        this.#enterPage(step.position, step.page.items.length);
        yield step.page;
      }
    } finally {
      walk.stop();
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    const walk = this.#startWalk(this.#settings);
    try {
      for (let step = await walk.next(); step !== undefined; step = await walk.next()) {
        this.#enterPage(step.position, 0);

        for (const item of step.page.items) {
          walk.throwIfAborted();
          // Counted before the yield, so that the checkpoint includes the item while the caller works on it.
          this.#consumed++;
          yield item;
        }
      }
    } finally {
      walk.stop();
    }
  }

  /** Collects the first `count` items, requesting no more pages than they need. */
  async take(count: number): Promise<T[]> {
    const limit = checkInteger('count passed to take()', count, 0);
    const settings = { ...this.#settings, maxItems: Math.min(this.#settings.maxItems, limit) };

    const items: T[] = [];
    const walk = this.#startWalk(settings);
    try {
      for (let step = await walk.next(); step !== undefined; step = await walk.next()) {
        appendAll(items, step.page.items);
        this.#enterPage(step.position, step.page.items.length);
      }
    } finally {
      walk.stop();
    }
    return items;
  }

  /**
   * Collects every item, up to `maxItems` when set. Rejects with a
   * TooManyItemsError when the list contains more than `max` items, which
   * costs one extra page request when `max` ends on a page boundary.
   */
  async toArray(options: { max: number }): Promise<T[]> {
    if (typeof options !== 'object' || options === null) {
      throw invalidValueError('toArray() options', options, '{ max }, the largest number of items to hold in memory');
    }
    const max = checkInteger('max passed to toArray()', options.max, 0);
    const settings = { ...this.#settings, maxItems: Math.min(this.#settings.maxItems, max + 1) };

    const items: T[] = [];
    const walk = this.#startWalk(settings);
    try {
      for (let step = await walk.next(); step !== undefined; step = await walk.next()) {
        const { page } = step;
        if (items.length + page.items.length > max) {
          // The checkpoint counts the first item past max, as it counts every item received.
          this.#enterPage(step.position, max - items.length + 1);
          throw new TooManyItemsError({ label: settings.label, pageNumber: page.pageNumber, cursor: page.cursor }, max);
        }
        appendAll(items, page.items);
        this.#enterPage(step.position, page.items.length);
      }
    } finally {
      walk.stop();
    }
    return items;
  }

  #startWalk(settings: WalkSettings): PageWalk<T> {
    this.#position = undefined;
    this.#consumed = 0;
    return new PageWalk(this.#fetchPage, settings);
  }

  #enterPage(position: PagePosition, consumed: number): void {
    this.#position = position;
    this.#consumed = consumed;
  }
}

/** Appends `source` to `target` in place, without spreading a page into call arguments. */
function appendAll<T>(target: T[], source: readonly T[]): void {
  for (const item of source) {
    target.push(item);
  }
}

/** Creates a Paginator over pages that `fetchPage` returns; see PaginateOptions for the options. */
export function createPaginator<T>(fetchPage: FetchPage<T>, options?: PaginateOptions): Paginator<T> {
  return new Paginator(fetchPage, options);
}
