/** One value of a sort key; `null` marks a missing value, which sorts last in ascending order. */
export type SortValue = string | number | null;

export type SortDirection = 'asc' | 'desc';

function compareValues(a: SortValue, b: SortValue): number {
  if (a === b) {
    return 0;
  }
  if (a === null) {
    return 1;
  }
  if (b === null) {
    return -1;
  }
  return a < b ? -1 : 1;
}

/** Compares two sort keys position by position, each in its own direction. */
export function compareSortKeys(a: readonly SortValue[], b: readonly SortValue[], directions: readonly SortDirection[]): number {
  for (let index = 0; index < directions.length; index += 1) {
    const order = compareValues(a[index] ?? null, b[index] ?? null);
    if (order !== 0) {
      return directions[index] === 'desc' ? -order : order;
    }
  }
  return 0;
}
