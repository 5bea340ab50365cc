import { invalidEnumValue, invalidField } from '../http/api-error.js';
import { compareSortKeys, type SortDirection, type SortValue } from './sort-key.js';

/** Reads the value an item is sorted by for one field. */
export type SortField<T> = (item: T) => SortValue;

/** A parsed `sort_by`: how to build an item's key, how to compare keys, and a label for cursors. */
export interface Sorter<T> {
  keyOf(item: T): SortValue[];
  compare(a: readonly SortValue[], b: readonly SortValue[]): number;

  /** The normalised sort order, for example `severity:asc,created_date:desc`. */
  label: string;
}

export interface SortOptions<T> {
  fields: Record<string, SortField<T>>;

  /** Used when the request has no `sort_by`. */
  defaultSortBy: string[];

  /** A unique, ascending tie-breaker, so that pages never overlap or skip items. */
  tieBreaker: SortField<T>;
}

/**
 * Parses DevRev `sort_by` entries (`<field>` or `<field>:asc|desc`) into a
 * sorter. An unknown field or direction throws a 400 naming `sort_by`.
 */
export function parseSortBy<T>(sortBy: readonly string[] | undefined, options: SortOptions<T>): Sorter<T> {
  const entries = sortBy && sortBy.length > 0 ? sortBy : options.defaultSortBy;
  const allowedFields = Object.keys(options.fields);

  const parsed = entries.map((entry) => {
    const [field = '', direction = 'asc', ...rest] = entry.split(':');
    const read = options.fields[field];

    if (!read || rest.length > 0) {
      throw invalidField(
        'sort_by',
        `Cannot sort by ${JSON.stringify(entry)}; use <field>[:asc|:desc] with a field from: ${allowedFields.join(', ')}.`,
      );
    }
    if (direction !== 'asc' && direction !== 'desc') {
      throw invalidEnumValue('sort_by', entry, ['asc', 'desc']);
    }
    return { field, read, direction: direction as SortDirection };
  });

  const directions: SortDirection[] = [...parsed.map((entry) => entry.direction), 'asc'];
  return {
    keyOf: (item) => [...parsed.map((entry) => entry.read(item)), options.tieBreaker(item)],
    compare: (a, b) => compareSortKeys(a, b, directions),
    label: parsed.map((entry) => `${entry.field}:${entry.direction}`).join(','),
  };
}
