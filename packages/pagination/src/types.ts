/** Direction of a cursor walk, as DevRev's `mode` request field spells it. */
export type PaginationMode = 'after' | 'before';

/** One page of a list, reduced to what the paginator needs. */
export interface Page<T> {
  items: T[];
  nextCursor: string | undefined;
  prevCursor: string | undefined;
}

/** What the paginator passes to a page fetcher for each request. */
export interface PageRequest {
  /** Cursor to resume from, or undefined for the first page. */
  cursor: string | undefined;
  mode: PaginationMode;
  /** Page size to request, when the caller set one. */
  limit: number | undefined;
  signal: AbortSignal | undefined;
  /** 1 for the first page. */
  pageNumber: number;
}

export type FetchPage<T> = (request: PageRequest) => Promise<Page<T>>;

export interface PaginateOptions {
  /** Page size sent as `limit`; the server's default when unset. */
  pageSize?: number;
  /** Stop after this many items. */
  maxItems?: number;
  /** Stop after this many pages. */
  maxPages?: number;
  /** `'before'` walks backwards by following `prev_cursor`. Defaults to `'after'`. */
  mode?: PaginationMode;
  /** Cursor to resume from, such as one saved from `paginator.cursor`. */
  cursor?: string;
  signal?: AbortSignal;
}
