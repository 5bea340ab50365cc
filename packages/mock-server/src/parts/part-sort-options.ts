import type { SortOptions } from '../list/parse-sort-by.js';
import type { Part } from '../organisation/organisation.js';

/**
 * Returns the fields parts sort by. Without `sort_by`, parts keep the
 * organisation's order, in which each product precedes its capabilities and
 * each capability its features.
 * NOTE: the spec lists no sort fields for parts, so `name` and `type` are assumptions.
 */
export function partSortOptions(parts: readonly Part[]): SortOptions<Part> {
  return {
    fields: { name: (part) => part.name, type: (part) => part.type },
    defaultSortBy: [],
    tieBreaker: (part) => parts.indexOf(part),
  };
}
