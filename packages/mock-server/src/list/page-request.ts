import { invalidEnumValue, invalidField } from '../http/api-error.js';

/**
 * Page size when a request has no `limit`, and the largest accepted.
 * NOTE: the spec states neither; 50 and 100 are assumptions about DevRev.
 */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

export type ListMode = 'after' | 'before';

export interface PageRequest {
  limit: number;
  cursor?: string;
  mode: ListMode;
}

export interface PageInput {
  limit?: unknown;
  cursor?: unknown;
  mode?: unknown;
}

/** Reads `limit`, `cursor` and `mode` from a validated request, applying the defaults. */
export function readPageRequest(input: PageInput, defaultLimit = DEFAULT_PAGE_SIZE, fieldName = 'limit'): PageRequest {
  const limit = input.limit === undefined ? defaultLimit : Number(input.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw invalidField(fieldName, `'${fieldName}' must be an integer from 1 to ${MAX_PAGE_SIZE}; received ${JSON.stringify(input.limit)}.`);
  }

  const mode = input.mode ?? 'after';
  if (mode !== 'after' && mode !== 'before') {
    throw invalidEnumValue('mode', mode, ['after', 'before']);
  }

  const cursor = typeof input.cursor === 'string' && input.cursor !== '' ? input.cursor : undefined;
  return { limit, mode, ...(cursor ? { cursor } : {}) };
}
