import { DevRevValidationError } from '@devrev-ts/core';
import { createPaginator, type Page, type Paginator, type PaginateOptions } from '@devrev-ts/pagination';

import type { FieldValue, Incident } from './types.js';

/** One group of `incidents.group`, with a key a person can read. */
export interface IncidentGroup {
  /** A severity name (`SEV1`), a stage name (`MITIGATED`), a user or part id, or the value as text. */
  key: string;
  /** The key as the API sent it. */
  value: FieldValue;
  /** The server's total for the group, or the number of incidents returned when it sends none. */
  count: number;
  /** The group's first incidents, at most `limit_per_group`. */
  incidents: Incident[];
  /** Cursor to the group's further incidents; undefined when there are none. */
  nextCursor: string | undefined;
  /** Iterates every incident of the group, fetching past `limit_per_group` as needed. */
  all(options?: PaginateOptions): Paginator<Incident>;
}

/** One page of groups, as awaiting `incidents.group()` returns it. */
export interface IncidentGroupsPage {
  groups: IncidentGroup[];
  next_cursor?: string;
  prev_cursor?: string;
}

/** Fetches a page of one group's incidents from a cursor. */
export type FetchGroupPage = (cursor: string | undefined, signal: AbortSignal | undefined) => Promise<Page<Incident>>;

export interface GroupParts {
  key: string;
  value: FieldValue;
  total: number | undefined;
  incidents: Incident[];
  nextCursor: string | undefined;
  /** Undefined when the key has no list filter to continue with. */
  fetchPage: FetchGroupPage | undefined;
}

/**
 * Builds a group whose `all()` yields the incidents already returned, then
 * continues with `incidents.list` from the group's cursor, filtered to the group.
 */
// NOTE: the beta spec does not say that a group's next_cursor is valid for
// incidents.list; the mock server honours it, the live API is unverified.
export function createIncidentGroup(parts: GroupParts): IncidentGroup {
  const { key, value, total, incidents, nextCursor, fetchPage } = parts;

  function all(options: PaginateOptions = {}): Paginator<Incident> {
    return createPaginator(async (request) => {
      if (request.pageNumber === 1) {
        return { items: incidents, nextCursor, prevCursor: undefined };
      }
      if (fetchPage === undefined) {
        throw new DevRevValidationError(
          `Group ${key} cannot be read past its first ${incidents.length} incidents: its key has no list filter.`,
        );
      }
      return fetchPage(request.cursor, request.signal);
    }, options);
  }

  return { key, value, count: total ?? incidents.length, incidents, nextCursor, all };
}
