import { checkInteger, DevRevValidationError, describeValue, invalidValueError } from '@devrev-ts/core';

export function requireText(field: string, value: unknown): asserts value is string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw invalidValueError(field, value, 'a non-empty string');
  }
}

export function requirePositiveInteger(field: string, value: unknown): void {
  if (value !== undefined) {
    checkInteger(field, value, 1);
  }
}

export function requireArray(field: string, value: unknown): asserts value is unknown[] | undefined {
  if (value !== undefined && !Array.isArray(value)) {
    throw invalidValueError(field, value, 'an array');
  }
}

/** Checks `sort_by` entries such as `created_date:desc`. */
export function requireSortBy(value: unknown): void {
  requireArray('sort_by', value);
  for (const entry of value ?? []) {
    if (typeof entry !== 'string' || !/^[A-Za-z0-9_.]+(:(asc|desc))?$/.test(entry)) {
      throw invalidValueError('sort_by entry', entry, 'a field name, optionally followed by :asc or :desc');
    }
  }
}

/** Builds the error for a name that is well formed but not one of the organisation's values. */
export function unknownValueError(field: string, value: unknown, accepted: string): DevRevValidationError {
  return new DevRevValidationError(`Unknown ${field} ${describeValue(value)}: ${accepted}.`);
}
