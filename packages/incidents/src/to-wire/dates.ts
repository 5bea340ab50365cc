import { DevRevValidationError } from '@devrev-ts/core';

import type { DateFilterInput, DateInput } from '../inputs.js';
import type { DateFilter } from '../types.js';
import { requirePositiveInteger, show } from '../validate.js';

// ISO 8601 date or date-time, as the spec's `date-time` format expects.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Converts a `Date` or ISO string to the ISO string the wire carries. */
export function toWireDate(field: string, value: DateInput): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      throw new DevRevValidationError(`Invalid ${field}: the Date is invalid. Expected a valid Date or an ISO 8601 string.`);
    }
    return value.toISOString();
  }
  if (typeof value !== 'string' || !ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) {
    throw new DevRevValidationError(
      `Invalid ${field} ${show(value)}: expected a Date or an ISO 8601 string such as 2026-01-31T09:30:00Z.`,
    );
  }
  return value;
}

/** Converts a range, a last or next N days preset, or the spec's form to the spec's `date-filter`. */
export function toWireDateFilter(field: string, filter: DateFilterInput): DateFilter {
  if (typeof filter !== 'object' || filter === null) {
    throw new DevRevValidationError(
      `Invalid ${field} ${show(filter)}: expected { after?, before? }, { lastDays }, { nextDays } or a date-filter.`,
    );
  }

  if ('type' in filter) {
    return filter;
  }
  if ('lastDays' in filter) {
    requirePositiveInteger(`${field}.lastDays`, filter.lastDays);
    return { type: 'preset', preset_type: 'last_n_days', days: filter.lastDays };
  }
  if ('nextDays' in filter) {
    requirePositiveInteger(`${field}.nextDays`, filter.nextDays);
    return { type: 'preset', preset_type: 'next_n_days', days: filter.nextDays };
  }

  const range: DateFilter = { type: 'range' };
  if (filter.after !== undefined) {
    range.after = toWireDate(`${field}.after`, filter.after);
  }
  if (filter.before !== undefined) {
    range.before = toWireDate(`${field}.before`, filter.before);
  }
  return range;
}
