import type { FetchPage, Page, PaginateOptions } from './types.js';

/**
 * Walks a cursor-paginated list: async-iterable over items, with `pages()`
 * for whole pages and `cursor` for checkpoints.
 */
export class Paginator<T> implements AsyncIterable<T> {
  #fetchPage: FetchPage<T>;
  #options: PaginateOptions;
  #cursor: string | undefined;

  constructor(fetchPage: FetchPage<T>, options: PaginateOptions = {}) {
    this.#fetchPage = fetchPage;
    this.#options = options;
    this.#cursor = options.cursor;
  }

  /** Cursor of the next page still to fetch; undefined before the start and after the end. */
  get cursor(): string | undefined {
    return this.#cursor;
  }

  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    const { mode = 'after', pageSize, maxPages = Infinity, signal } = this.#options;
    let cursor = this.#options.cursor;

    for (let pageNumber = 1; pageNumber <= maxPages; pageNumber++) {
      const page = await this.#fetchPage({ cursor, mode, limit: pageSize, signal, pageNumber });
      cursor = mode === 'before' ? page.prevCursor : page.nextCursor;
      this.#cursor = cursor;
      yield page;

      if (cursor === undefined) {
        return;
      }
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    const maxItems = this.#options.maxItems ?? Infinity;
    let yielded = 0;
    if (yielded >= maxItems) {
      return;
    }

    for await (const page of this.pages()) {
      for (const item of page.items) {
        yield item;
        yielded++;
        if (yielded >= maxItems) {
          return;
        }
      }
    }
  }

  /** Collects the first `count` items. */
  async take(count: number): Promise<T[]> {
    const items: T[] = [];
    if (count <= 0) {
      return items;
    }
    for await (const item of this) {
      items.push(item);
      if (items.length >= count) {
        break;
      }
    }
    return items;
  }
}

export function createPaginator<T>(fetchPage: FetchPage<T>, options?: PaginateOptions): Paginator<T> {
  return new Paginator(fetchPage, options);
}
