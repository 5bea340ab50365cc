import { InvalidPageError } from './errors.js';
import type { PageLocation } from './errors.js';
import type { ListEndpoint } from './find-list-endpoint.js';
import type { Page } from './types.js';

/** Reads the items and cursors out of a list endpoint's response body, by the field names the spec gives. */
export function readListResponse<T>(body: unknown, endpoint: ListEndpoint, location: PageLocation): Page<T> {
  if (typeof body !== 'object' || body === null) {
    throw new InvalidPageError(location, `expected a JSON object in the response, got ${typeof body}.`);
  }

  const items: unknown = Reflect.get(body, endpoint.items);
  if (!Array.isArray(items)) {
    throw new InvalidPageError(location, `expected the "${endpoint.items}" array in the response, got ${typeof items}.`);
  }

  // NOTE: only the array is checked; the item type comes from the spec, as with openapi-fetch.
  return {
    items,
    nextCursor: readCursor(body, endpoint.next, location),
    prevCursor: endpoint.prev === undefined ? undefined : readCursor(body, endpoint.prev, location),
  };
}

function readCursor(body: object, field: string, location: PageLocation): string | undefined {
  const value: unknown = Reflect.get(body, field);
  if (value === undefined || value === null || typeof value === 'string') {
    return value ?? undefined;
  }
  throw new InvalidPageError(location, `expected "${field}" to be a string, got ${typeof value}.`);
}
