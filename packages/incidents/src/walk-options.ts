import { type DevRevCallOptions, DevRevValidationError, invalidValueError } from '@devrev-ts/core';
import type { PaginateOptions } from '@devrev-ts/pagination';

/** Options of a list walk, and the core client's per-call settings for each of its page requests. */
export type ListOptions = Omit<PaginateOptions, 'mode' | 'cursor' | 'pageSize'> & DevRevCallOptions;

// Every key of DevRevCallOptions; `satisfies` keeps this list in step with the type.
const CALL_OPTION_KEYS = {
  timeoutMs: true,
  maxRetries: true,
  retryBaseDelayMs: true,
  retryMaxDelayMs: true,
  retryMaxElapsedMs: true,
  idempotent: true,
} satisfies Record<keyof DevRevCallOptions, true>;

// Walk options that a list call takes as request fields instead.
const REQUEST_FIELDS: Record<string, string> = { pageSize: 'limit', mode: 'mode', cursor: 'cursor' };

/**
 * Splits list options into the paginator's and the per-call settings that
 * every page request carries. Throws a DevRevValidationError for a walk
 * option that belongs in the request, so that it is not ignored.
 */
export function splitListOptions(options: ListOptions): { walk: Omit<ListOptions, keyof DevRevCallOptions>; call: DevRevCallOptions } {
  if (typeof options !== 'object' || options === null) {
    throw invalidValueError('list options', options, 'an object such as { maxItems: 100, timeoutMs: 5000 }');
  }

  const walk: Record<string, unknown> = {};
  const call: Record<string, unknown> = {};

  for (const [name, value] of Object.entries(options)) {
    const field = REQUEST_FIELDS[name];
    if (field !== undefined) {
      throw new DevRevValidationError(
        `Invalid list option "${name}": pass ${field} in the request input instead, such as list({ ${field}: ... }).`,
      );
    }
    if (name in CALL_OPTION_KEYS) {
      call[name] = value;
    } else {
      walk[name] = value;
    }
  }
  return { walk, call };
}
