import { invalidValueError } from '@devrev-ts/core';

import type { DateFilterInput, DateInput } from '../inputs.js';
import type { DateFilter } from '../types.js';
import { requirePositiveInteger } from '../validate.js';

// An RFC 3339 date-time, which the spec's `date-time` format means: a full
// date, a time and an offset. Date-only or offset-less text would be read in
// the server's time zone, so it is rejected rather than guessed.
const RFC3339_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/** Converts a `Date` or an RFC 3339 string to the ISO string the wire carries. */
export function toWireDate(field: string, value: DateInput): string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return value.toISOString();
  }
  if (typeof value !== 'string' || !isRfc3339DateTime(value)) {
    // An invalid Date is shown as `Invalid Date`.
    throw invalidValueError(field, value, 'a valid Date or an ISO 8601 date-time with an offset, such as 2026-01-31T09:30:00Z');
  }
  return value;
}

function isRfc3339DateTime(text: string): boolean {
  const match = RFC3339_DATE_TIME.exec(text);
  if (match === null) {
    return false;
  }

  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour <= 23 && minute <= 59 && second <= 60;
}

/** Converts a range, a last or next N days preset, or the spec's form to the spec's `date-filter`. */
export function toWireDateFilter(field: string, filter: DateFilterInput): DateFilter {
  if (typeof filter !== 'object' || filter === null) {
    throw invalidValueError(field, filter, '{ after?, before? }, { lastDays }, { nextDays } or a date-filter');
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
