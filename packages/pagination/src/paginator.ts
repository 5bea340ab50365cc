import { DevRevValidationError } from '@devrev-ts/core';

import { checkpointAfter } from './checkpoint-after.js';
import { TooManyItemsError } from './errors.js';
import { PageWalk } from './page-walk.js';
import { describeValue, requireCount, resolveOptions } from './resolve-options.js';
import type { WalkSettings } from './resolve-options.js';
import type { Checkpoint, FetchPage, ListPage, PaginateOptions } from './types.js';

interface WalkedItem<T> {
  item: T;
  page: ListPage<T>;
}

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
  #checkpoint: Checkpoint;

  /** Throws a DevRevValidationError for invalid options, before any request. */
  constructor(fetchPage: FetchPage<T>, options: PaginateOptions = {}) {
    if (typeof fetchPage !== 'function') {
      throw new DevRevValidationError(
        `Invalid fetchPage ${describeValue(fetchPage)}: expected a function that takes a PageRequest and resolves to a Page.`,
      );
    }
    this.#fetchPage = fetchPage;
    this.#settings = resolveOptions(options);
    this.#checkpoint = this.#startingCheckpoint();
  }

  /**
   * Cursor of the page that contains the next item not yet consumed: after the
   * caller consumes a page in full, the cursor of the page after it. Undefined
   * at the start of the list and after its end; `checkpoint.done` tells the two apart.
   */
  get cursor(): string | undefined {
    return this.#checkpoint.cursor;
  }

  /**
   * Position after the last item or page handed to the caller, updated as each
   * is yielded. Pass it back as `resumeFrom` to continue without repeating or
   * skipping items, as long as the server returns the same pages for the same cursors.
   */
  get checkpoint(): Checkpoint {
    return { ...this.#checkpoint };
  }

  /** Yields whole pages with their cursors and page numbers; `maxItems` cuts the last page short. */
  async *pages(): AsyncGenerator<ListPage<T>, void, undefined> {
    const walk = this.#startWalk(this.#settings);
    try {
      for (let step = await walk.next(); step !== undefined; step = await walk.next()) {
        this.#checkpoint = checkpointAfter(step, step.page.items.length);
        yield step.page;
      }
    } finally {
      walk.stop();
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const { item } of this.#walkItems(this.#settings)) {
      yield item;
    }
  }

  /** Collects the first `count` items, requesting no more pages than they need. */
  async take(count: number): Promise<T[]> {
    const limit = requireCount('count passed to take()', count, 0);
    const settings = { ...this.#settings, maxItems: Math.min(this.#settings.maxItems, limit) };

    const items: T[] = [];
    for await (const { item } of this.#walkItems(settings)) {
      items.push(item);
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
      throw new DevRevValidationError(
        `Invalid toArray() options ${describeValue(options)}: expected { max }, the largest number of items to hold in memory.`,
      );
    }
    const max = requireCount('max passed to toArray()', options.max, 0);
    const settings = { ...this.#settings, maxItems: Math.min(this.#settings.maxItems, max + 1) };

    const items: T[] = [];
    for await (const { item, page } of this.#walkItems(settings)) {
      if (items.length === max) {
        throw new TooManyItemsError({ label: settings.label, pageNumber: page.pageNumber, cursor: page.cursor }, max);
      }
      items.push(item);
    }
    return items;
  }

  async *#walkItems(settings: WalkSettings): AsyncGenerator<WalkedItem<T>, void, undefined> {
    const walk = this.#startWalk(settings);
    try {
      for (let step = await walk.next(); step !== undefined; step = await walk.next()) {
        // Only advances the checkpoint when the page is empty; otherwise it already points here.
        this.#checkpoint = checkpointAfter(step, 0);

        for (const [index, item] of step.page.items.entries()) {
          walk.throwIfAborted();
          this.#checkpoint = checkpointAfter(step, index + 1);
          yield { item, page: step.page };
        }
      }
    } finally {
      walk.stop();
    }
  }

  #startWalk(settings: WalkSettings): PageWalk<T> {
    this.#checkpoint = this.#startingCheckpoint();
    return new PageWalk(this.#fetchPage, settings);
  }

  #startingCheckpoint(): Checkpoint {
    const { startCursor, skip, startDone } = this.#settings;
    return { cursor: startCursor, skip, done: startDone };
  }
}

/** Creates a Paginator over pages that `fetchPage` returns; see PaginateOptions for the options. */
export function createPaginator<T>(fetchPage: FetchPage<T>, options?: PaginateOptions): Paginator<T> {
  return new Paginator(fetchPage, options);
}
