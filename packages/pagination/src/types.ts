/** Direction of a cursor walk, as DevRev's `mode` request field spells it. */
export type PaginationMode = 'after' | 'before';

/**
 * One page of a list, reduced to what the paginator needs. A cursor that is
 * undefined or an empty string means there is no page in that direction.
 */
export interface Page<T> {
  items: T[];
  nextCursor: string | undefined;
  prevCursor: string | undefined;
}

/** A page as the paginator yields it: the fetched page plus where it came from. */
export interface ListPage<T> extends Page<T> {
  /** 1 for the first page of this walk, which is not the first page of the list when resuming. */
  pageNumber: number;

  /** Cursor that requested this page; undefined for the start of the list. */
  cursor: string | undefined;
}

/** Arguments the paginator passes to a page fetcher for each request. */
export interface PageRequest {
  /** Cursor to resume from, or undefined for the first page. */
  cursor: string | undefined;
  mode: PaginationMode;
  /** Page size to request, when the caller set one. */
  limit: number | undefined;
  /** Aborted when the caller aborts or stops iterating; pass it to `fetch`. */
  signal: AbortSignal | undefined;
  /** 1 for the first page. */
  pageNumber: number;
}

export type FetchPage<T> = (request: PageRequest) => Promise<Page<T>>;

/**
 * A position in a list that a job can store and resume from. `cursor` requests
 * the page that contains the next item, `skip` counts that page's items already
 * yielded, and `done` is true once the list has ended.
 */
export interface Checkpoint {
  cursor: string | undefined;
  skip: number;
  done: boolean;
}

export interface PaginateOptions {
  /** Page size sent as `limit`; the server's default when unset. */
  pageSize?: number;
  /** Stop after this many items; no limit when unset. */
  maxItems?: number;
  /** Stop after this many pages; no limit when unset. */
  maxPages?: number;
  /** `'before'` walks backwards by following `prev_cursor`. Defaults to `'after'`. */
  mode?: PaginationMode;
  /** Cursor to start from, such as a `next_cursor` from an earlier response. */
  cursor?: string;
  /** Position to resume from, saved earlier from `paginator.checkpoint`; excludes `cursor`. */
  resumeFrom?: Checkpoint;
  /** Cancels the request in flight and ends the iteration with a `PaginationAbortError`. */
  signal?: AbortSignal;
  /** Name of the list in error messages, such as the endpoint path `/incidents.list`. */
  label?: string;
  /** Pages to request ahead of the page the caller is working on. Defaults to 1; 0 turns prefetch off. */
  prefetch?: number;
}
