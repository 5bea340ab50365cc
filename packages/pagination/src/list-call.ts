import type { Paginator } from './paginator.js';
import type { Checkpoint, ListPage } from './types.js';

/**
 * The result of a list call. Awaiting it fetches one page and resolves to the
 * response body, and iterating it with `for await` walks every item of every
 * page. Neither starts a request until it is used.
 */
export class ListCall<TResponse, TItem> implements PromiseLike<TResponse>, AsyncIterable<TItem> {
  #fetchFirstPage: () => Promise<TResponse>;
  #paginator: Paginator<TItem>;
  #firstPage: Promise<TResponse> | undefined;

  constructor(fetchFirstPage: () => Promise<TResponse>, paginator: Paginator<TItem>) {
    this.#fetchFirstPage = fetchFirstPage;
    this.#paginator = paginator;
  }

  /** The paginator behind the iteration. */
  get paginator(): Paginator<TItem> {
    return this.#paginator;
  }

  /** See `Paginator.cursor`. */
  get cursor(): string | undefined {
    return this.#paginator.cursor;
  }

  /** See `Paginator.checkpoint`. */
  get checkpoint(): Checkpoint {
    return this.#paginator.checkpoint;
  }

  then<TResult1 = TResponse, TResult2 = never>(
    onFulfilled?: ((value: TResponse) => TResult1 | PromiseLike<TResult1>) | null,
    onRejected?: ((reason: unknown) => TResult2 | PromiseLike<TResult2>) | null,
  ): Promise<TResult1 | TResult2> {
    this.#firstPage ??= this.#fetchFirstPage();
    return this.#firstPage.then(onFulfilled, onRejected);
  }

  [Symbol.asyncIterator](): AsyncIterator<TItem> {
    return this.#paginator[Symbol.asyncIterator]();
  }

  /** See `Paginator.pages()`. */
  pages(): AsyncGenerator<ListPage<TItem>, void, undefined> {
    return this.#paginator.pages();
  }

  /** See `Paginator.take()`. */
  take(count: number): Promise<TItem[]> {
    return this.#paginator.take(count);
  }

  /** See `Paginator.toArray()`. */
  toArray(options: { max: number }): Promise<TItem[]> {
    return this.#paginator.toArray(options);
  }
}
