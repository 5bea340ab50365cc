import { badRequest } from '../http/api-error.js';
import type { SortValue } from './sort-key.js';

/**
 * The content of an opaque cursor: the list it belongs to (endpoint and sort
 * order) and the sort key of the item at the page boundary. Pages start after
 * or end before that key, so a cursor stays valid when items are created or
 * deleted between requests.
 */
interface CursorPayload {
  scope: string;
  key: SortValue[];
}

export function encodeCursor(scope: string, key: SortValue[]): string {
  const payload: CursorPayload = { scope, key };
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

/** Decodes a cursor, throwing a 400 `bad_request` when it is malformed or was issued for another list or order. */
export function decodeCursor(cursor: string, scope: string): SortValue[] {
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badRequest(`The cursor ${JSON.stringify(cursor)} is invalid; pass a cursor exactly as a previous response returned it.`);
  }

  if (!isCursorPayload(payload)) {
    throw badRequest(`The cursor ${JSON.stringify(cursor)} is invalid; pass a cursor exactly as a previous response returned it.`);
  }
  if (payload.scope !== scope) {
    throw badRequest(
      'The cursor was issued for a different list or sort order; restart without a cursor after changing either.',
    );
  }
  return payload.key;
}

function isCursorPayload(value: unknown): value is CursorPayload {
  if (typeof value !== 'object' || value === null) {
    return false;
  }

  const { scope, key } = value as Record<string, unknown>;
  return (
    typeof scope === 'string' &&
    Array.isArray(key) &&
    key.every((part) => part === null || typeof part === 'string' || typeof part === 'number')
  );
}
