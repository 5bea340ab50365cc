import { missingRequiredField } from '../http/api-error.js';
import type { OrganisationIndex } from '../organisation/organisation-index.js';
import type { Part } from '../organisation/organisation.js';
import type { SpecSchemas } from '../spec-types.js';

export type PartFilter = Omit<SpecSchemas['parts-list-request'], 'cursor' | 'limit' | 'mode' | 'sort_by'>;

type Predicate = (part: Part) => boolean;

/**
 * Builds one predicate from the filters of a parts list request. Array filters
 * match when any value matches, and all filters must match. Users and parts may
 * be given as "don:" ids or display ids, and an unknown one matches no part.
 * NOTE: the mock stores no creators, modifiers, dates, tags, subtypes, custom
 * fields or enhancements, so a request that uses any of those filters matches
 * no part.
 */
export function buildPartFilter(filter: PartFilter, index: OrganisationIndex): Predicate {
  const predicates: (Predicate | undefined)[] = [
    anyOf(filter.type, (part) => [part.type]),
    anyOf(filter.name, (part) => [part.name]),
    anyOf(filter.owned_by?.map((ref) => index.user(ref)?.id ?? ref), (part) => part.owned_by),
    parentPartFilter(filter.parent_part, index),
  ];

  const unsupported = [
    filter.created_by,
    filter.modified_by,
    filter.created_date_v2,
    filter.modified_date_v2,
    filter.tags,
    filter.subtype,
    filter.custom_fields,
    filter.enhancement,
  ];
  if (unsupported.some(hasValue)) {
    return () => false;
  }

  const active = predicates.filter((predicate): predicate is Predicate => predicate !== undefined);
  return (part) => active.every((predicate) => predicate(part));
}

function anyOf<T>(wanted: readonly T[] | undefined, read: (part: Part) => readonly T[]): Predicate | undefined {
  if (wanted === undefined || wanted.length === 0) {
    return undefined;
  }
  const set = new Set(wanted);
  return (part) => read(part).some((value) => set.has(value));
}

/**
 * Matches the parts below the named parts, down to `level` levels, where 1
 * means children only. The named parts themselves do not match.
 * NOTE: the spec gives no default for `level`, so without it every level matches.
 */
function parentPartFilter(parentPart: PartFilter['parent_part'], index: OrganisationIndex): Predicate | undefined {
  if (parentPart === undefined) {
    return undefined;
  }

  // The GET form can send `parent_part.level` alone, which its query schema allows.
  if (parentPart.parts === undefined) {
    throw missingRequiredField('parent_part.parts');
  }

  const roots = parentPart.parts.map((ref) => index.part(ref)?.id ?? ref);
  const below = descendants(index.organisation.parts, roots, parentPart.level ?? Number.POSITIVE_INFINITY);
  return (part) => below.has(part.id);
}

function descendants(parts: readonly Part[], roots: readonly string[], levels: number): Set<string> {
  const found = new Set<string>();
  let frontier = new Set(roots);

  for (let level = 1; level <= levels && frontier.size > 0; level += 1) {
    const children = parts.filter((part) => part.parent_id !== undefined && frontier.has(part.parent_id) && !found.has(part.id));
    children.forEach((child) => found.add(child.id));
    frontier = new Set(children.map((child) => child.id));
  }
  return found;
}

/** True for a filter value that restricts the result: not undefined, and not an empty array or object. */
function hasValue(value: unknown): boolean {
  if (Array.isArray(value)) {
    return value.length > 0;
  }
  if (value !== null && typeof value === 'object') {
    return Object.values(value).some(hasValue);
  }
  return value !== undefined;
}
