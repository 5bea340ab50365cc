import { DevRevValidationError } from '@devrev-ts/core';

/** Shows a rejected value in an error message, short and unambiguous. */
export function show(value: unknown): string {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  }
  const text = typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value) ?? value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

export function requireText(field: string, value: unknown): asserts value is string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new DevRevValidationError(`Invalid ${field} ${show(value)}: expected a non-empty string.`);
  }
}

export function requirePositiveInteger(field: string, value: unknown): void {
  if (value === undefined) {
    return;
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new DevRevValidationError(`Invalid ${field} ${show(value)}: expected a whole number of 1 or more.`);
  }
}

export function requireOneOf<T extends string>(field: string, value: unknown, accepted: readonly T[]): void {
  if (value !== undefined && !(accepted as readonly unknown[]).includes(value)) {
    throw new DevRevValidationError(`Invalid ${field} ${show(value)}: expected one of ${accepted.join(', ')}.`);
  }
}

export function requireArray(field: string, value: unknown): asserts value is unknown[] | undefined {
  if (value !== undefined && !Array.isArray(value)) {
    throw new DevRevValidationError(`Invalid ${field} ${show(value)}: expected an array.`);
  }
}

/** Checks `sort_by` entries such as `created_date:desc`. */
export function requireSortBy(value: unknown): void {
  requireArray('sort_by', value);
  for (const entry of value ?? []) {
    if (typeof entry !== 'string' || !/^[A-Za-z0-9_.]+(:(asc|desc))?$/.test(entry)) {
      throw new DevRevValidationError(
        `Invalid sort_by entry ${show(entry)}: expected a field name, optionally followed by :asc or :desc.`,
      );
    }
  }
}
