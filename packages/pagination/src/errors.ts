import { DevRevError } from '@devrev-ts/core';

/** Location in a walk where an error happened. */
export interface PageLocation {
  /** Name of the list, such as the endpoint path `/tags.list`; undefined when the caller gave none. */
  label: string | undefined;
  /** 1 for the first page of the walk. */
  pageNumber: number;
  /** Cursor that requested the page; undefined for the start of the list. */
  cursor: string | undefined;
}

/** Base class of the errors that end a walk; `pageNumber` and `cursor` tell where it stopped. */
export class PaginationError extends DevRevError {
  override name = 'PaginationError';

  readonly label: string | undefined;
  readonly pageNumber: number;
  readonly cursor: string | undefined;

  constructor(message: string, location: PageLocation, init: ConstructorParameters<typeof DevRevError>[1]) {
    super(message, init);
    this.label = location.label;
    this.pageNumber = location.pageNumber;
    this.cursor = location.cursor;
  }
}

/** A page returned a cursor that the walk had already seen, which would read the list in a loop. */
export class RepeatedCursorError extends PaginationError {
  override name = 'RepeatedCursorError';

  /** Page that first returned the cursor, or 0 when the walk started from it. */
  readonly firstPageNumber: number;

  /** `location.cursor` is the repeated cursor and `location.pageNumber` the page that returned it again. */
  constructor(location: PageLocation, firstPageNumber: number) {
    const earlier = firstPageNumber === 0 ? 'the walk started from it' : `page ${firstPageNumber} already returned it`;
    super(
      `Page ${location.pageNumber} of ${describeList(location.label)} returned cursor ${quote(location.cursor)}, but ${earlier}. ` +
        'Stopped so that the list is not read in a loop; the server returned a cursor that does not advance.',
      location,
      { type: 'repeated_cursor' },
    );
    this.firstPageNumber = firstPageNumber;
  }
}

/**
 * The request for a page failed. When the cause is a DevRevError, its status,
 * DevRev type, body and request id are copied here, and `cause` keeps the original.
 */
export class PageFetchError extends PaginationError {
  override name = 'PageFetchError';

  constructor(location: PageLocation, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const api = cause instanceof DevRevError ? cause : undefined;
    super(
      `Fetching page ${location.pageNumber} of ${describeList(location.label)} (cursor ${quote(location.cursor)}) failed: ${reason}`,
      location,
      {
        status: api?.status,
        type: api?.type,
        detail: api?.detail,
        body: api?.body,
        requestId: api?.requestId,
        request: api?.request,
        cause,
      },
    );
  }
}

/** A page arrived without an items array, or with a cursor that is not a string. */
export class InvalidPageError extends PaginationError {
  override name = 'InvalidPageError';

  constructor(location: PageLocation, problem: string) {
    super(
      `Page ${location.pageNumber} of ${describeList(location.label)} (cursor ${quote(location.cursor)}) is invalid: ${problem}`,
      location,
      { type: 'invalid_page' },
    );
  }
}

/**
 * The caller's AbortSignal ended the walk. `name` is `'AbortError'`, as for an
 * aborted `fetch`, so code that checks for cancellation by name treats it alike.
 * `cause` is the signal's reason.
 */
export class PaginationAbortError extends PaginationError {
  override name = 'AbortError';

  constructor(location: PageLocation, reason: unknown) {
    super(
      `Paginating ${describeList(location.label)} was aborted at page ${location.pageNumber} (cursor ${quote(location.cursor)}).`,
      location,
      { type: 'aborted', cause: reason },
    );
  }
}

/** `toArray({ max })` found more items than `max`. */
export class TooManyItemsError extends PaginationError {
  override name = 'TooManyItemsError';

  readonly max: number;

  constructor(location: PageLocation, max: number) {
    super(
      `${capitalize(describeList(location.label))} has more than ${max} items, the max passed to toArray(). ` +
        'Raise max, cap the list with the maxItems option, or iterate with for await to process items one at a time.',
      location,
      { type: 'too_many_items' },
    );
    this.max = max;
  }
}

function describeList(label: string | undefined): string {
  return label ?? 'the list';
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function quote(cursor: string | undefined): string {
  return cursor === undefined ? '(start of list)' : JSON.stringify(cursor);
}
