import type { SpecSchemas } from '../spec-types.js';

const DAY_MS = 86_400_000;

/**
 * Tests a date against a DevRev date filter. A range is inclusive at both
 * ends; `last_n_days` covers [now - n days, now] and `next_n_days` [now, now + n days].
 * A missing date never matches.
 */
export function matchesDateFilter(value: string | undefined, filter: SpecSchemas['date-filter'], now: Date): boolean {
  if (value === undefined) {
    return false;
  }

  const time = Date.parse(value);
  if (filter.type === 'range') {
    const range = filter as SpecSchemas['date-time-filter'];
    return (range.after === undefined || time >= Date.parse(range.after)) && (range.before === undefined || time <= Date.parse(range.before));
  }

  const preset = filter as SpecSchemas['date-time-preset'] & { days: number };
  const span = preset.days * DAY_MS;
  if (preset.preset_type === 'last_n_days') {
    return time >= now.getTime() - span && time <= now.getTime();
  }
  return time >= now.getTime() && time <= now.getTime() + span;
}
