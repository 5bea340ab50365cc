import type { PagePosition } from './checkpoint-after.js';
import { InvalidPageError, PageFetchError, PaginationAbortError, PaginationError, RepeatedCursorError } from './errors.js';
import type { PageLocation } from './errors.js';
import { readPage } from './read-page.js';
import type { WalkSettings } from './resolve-options.js';
import type { FetchPage, ListPage } from './types.js';

/** A page handed to the consumer, with what a checkpoint needs to know about it. */
export interface WalkStep<T> {
  page: ListPage<T>;
  position: PagePosition;
}

interface PageTarget {
  pageNumber: number;
  cursor: string | undefined;
}

type Entry<T> = { step: WalkStep<T> } | { error: PaginationError };

/**
 * One walk over a list: requests pages in order, each with the cursor the
 * previous page returned, and hands them out through `next()`.
 *
 * At most one request is in flight, because each request needs the cursor of
 * the page before it. Prefetch lets that request run while the consumer works
 * on an earlier page, up to `prefetch` pages ahead. Every fetch settles into
 * an entry rather than a rejected promise, so a prefetch that is never awaited
 * cannot become an unhandled rejection.
 */
export class PageWalk<T> {
  readonly #fetchPage: FetchPage<T>;
  readonly #settings: WalkSettings;
  readonly #controller = new AbortController();
  readonly #ready: Entry<T>[] = [];

  /**
   * Every cursor seen in this walk, mapped to the page that returned it (0 for
   * the start cursor). Detecting any repeat exactly needs every cursor, so
   * this grows by one string per page. Pages and items are never kept.
   */
  readonly #seenCursors = new Map<string, number>();

  #nextTarget: PageTarget | undefined;
  #inFlight: PageTarget | undefined;
  #requested = 0;
  #delivered = 0;
  #itemsAccepted = 0;
  #lastFollowedCursor: string | undefined;
  #wakeConsumer: (() => void) | undefined;
  #stopped = false;

  readonly #onAbort = (): void => {
    this.#controller.abort(this.#settings.signal?.reason);
    this.#wake();
  };

  constructor(fetchPage: FetchPage<T>, settings: WalkSettings) {
    this.#fetchPage = fetchPage;
    this.#settings = settings;

    const { startCursor, startDone, maxItems, maxPages, signal } = settings;
    if (startCursor !== undefined) {
      this.#seenCursors.set(startCursor, 0);
    }
    if (!startDone && maxItems > 0 && maxPages > 0) {
      this.#nextTarget = { pageNumber: 1, cursor: startCursor };
    }
    signal?.addEventListener('abort', this.#onAbort, { once: true });
  }

  /** Resolves to the next page, or undefined when the walk has ended; rejects with a PaginationError. */
  async next(): Promise<WalkStep<T> | undefined> {
    for (;;) {
      this.throwIfAborted();

      const entry = this.#ready.shift();
      if (entry !== undefined) {
        return this.#deliver(entry);
      }
      if (this.#inFlight === undefined && this.#nextTarget === undefined) {
        this.stop();
        return undefined;
      }

      const arrival = new Promise<void>((resolve) => {
        this.#wakeConsumer = resolve;
      });
      this.#pump();
      await arrival;
    }
  }

  /** Throws a PaginationAbortError, and stops the walk, once the caller's signal has aborted. */
  throwIfAborted(): void {
    const signal = this.#settings.signal;
    if (signal?.aborted === true) {
      const location = this.#location(this.#upcomingTarget());
      this.stop();
      throw new PaginationAbortError(location, signal.reason);
    }
  }

  /**
   * Ends the walk: no request starts after this, and a request in flight is
   * aborted through the signal passed to the page fetcher. Safe to call twice.
   */
  stop(): void {
    if (this.#stopped) {
      return;
    }
    this.#stopped = true;
    this.#nextTarget = undefined;
    this.#ready.length = 0;
    this.#settings.signal?.removeEventListener('abort', this.#onAbort);
    if (this.#inFlight !== undefined) {
      this.#controller.abort();
    }
  }

  #deliver(entry: Entry<T>): WalkStep<T> {
    if ('error' in entry) {
      this.stop();
      throw entry.error;
    }

    this.#delivered++;
    this.#lastFollowedCursor = entry.step.position.followedCursor;
    this.#pump();
    return entry.step;
  }

  /** Starts the next request when the prefetch depth allows it, or when the consumer is waiting. */
  #pump(): void {
    const target = this.#nextTarget;
    if (this.#stopped || this.#inFlight !== undefined || target === undefined) {
      return;
    }

    const pagesAhead = this.#requested - this.#delivered;
    const allowedAhead = Math.max(this.#settings.prefetch, this.#wakeConsumer === undefined ? 0 : 1);
    if (pagesAhead >= allowedAhead) {
      return;
    }

    this.#nextTarget = undefined;
    this.#inFlight = target;
    this.#requested++;
    void this.#fetch(target);
  }

  /** Fetches one page and queues the outcome; never rejects. */
  async #fetch(target: PageTarget): Promise<void> {
    let entries: Entry<T>[];
    try {
      const page = await this.#fetchPage({
        cursor: target.cursor,
        mode: this.#settings.mode,
        limit: this.#settings.pageSize,
        signal: this.#controller.signal,
        pageNumber: target.pageNumber,
      });
      entries = this.#accept(target, page);
    } catch (error) {
      // A fetcher that already diagnosed the page, as paginate() does, keeps its own message.
      const failure = error instanceof InvalidPageError ? error : new PageFetchError(this.#location(target), error);
      entries = [{ error: failure }];
    }

    this.#inFlight = undefined;
    if (this.#stopped) {
      return;
    }
    this.#ready.push(...entries);
    this.#wake();
    this.#pump();
  }

  /** Checks a fetched page, applies skip and maxItems, and decides which page comes next. */
  #accept(target: PageTarget, received: unknown): Entry<T>[] {
    const location = this.#location(target);
    const read = readPage<T>(received, location);
    if (read instanceof PaginationError) {
      return [{ error: read }];
    }

    const { maxItems, maxPages, mode } = this.#settings;
    const offset = target.pageNumber === 1 ? this.#settings.skip : 0;
    const remaining = maxItems - this.#itemsAccepted;
    // Most pages are handed out whole, so the fetched array is reused rather than copied.
    const whole = offset === 0 && remaining >= read.items.length;
    const items = whole ? read.items : read.items.slice(offset, offset + remaining);
    const complete = offset + items.length >= read.items.length;
    this.#itemsAccepted += items.length;

    const followedCursor = mode === 'before' ? read.prevCursor : read.nextCursor;
    const page: ListPage<T> = {
      items,
      nextCursor: read.nextCursor,
      prevCursor: read.prevCursor,
      pageNumber: target.pageNumber,
      cursor: target.cursor,
    };
    const position: PagePosition = { cursor: target.cursor, offset, itemCount: items.length, complete, followedCursor };
    const entries: Entry<T>[] = [{ step: { page, position } }];

    const reachedBound = target.pageNumber >= maxPages || this.#itemsAccepted >= maxItems;
    if (followedCursor === undefined || reachedBound) {
      return entries;
    }

    const firstPageNumber = this.#seenCursors.get(followedCursor);
    if (firstPageNumber !== undefined) {
      const repeated = { ...location, cursor: followedCursor };
      entries.push({ error: new RepeatedCursorError(repeated, firstPageNumber) });
      return entries;
    }

    this.#seenCursors.set(followedCursor, target.pageNumber);
    this.#nextTarget = { pageNumber: target.pageNumber + 1, cursor: followedCursor };
    return entries;
  }

  #wake(): void {
    const wake = this.#wakeConsumer;
    this.#wakeConsumer = undefined;
    wake?.();
  }

  /** The page the consumer receives next, for abort messages. */
  #upcomingTarget(): PageTarget {
    const first = this.#ready[0];
    if (first !== undefined && 'step' in first) {
      return first.step.page;
    }
    return this.#inFlight ?? this.#nextTarget ?? { pageNumber: this.#delivered + 1, cursor: this.#lastFollowedCursor };
  }

  #location(target: PageTarget): PageLocation {
    return { label: this.#settings.label, pageNumber: target.pageNumber, cursor: target.cursor };
  }
}
