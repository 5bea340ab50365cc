import type { OrganisationIndex } from '../organisation/organisation-index.js';
import type { SpecSchemas } from '../spec-types.js';
import type { IncidentRecord } from '../store/incident-record.js';
import { matchesDateFilter } from './matches-date-filter.js';

export type IncidentFilter = Omit<SpecSchemas['incidents-list-request'], 'cursor' | 'limit' | 'mode' | 'sort_by'>;

const DATE_FILTERS = [
  'acknowledged_date',
  'actual_close_date',
  'created_date',
  'identified_date',
  'mitigated_date',
  'modified_date',
  'target_close_date',
] as const;

type Predicate = (record: IncidentRecord) => boolean;

function anyOf<T>(expected: readonly T[] | undefined, read: (record: IncidentRecord) => readonly (T | undefined)[]): Predicate | undefined {
  if (expected === undefined || expected.length === 0) {
    return undefined;
  }
  const set = new Set<T | undefined>(expected);
  return (record) => read(record).some((value) => set.has(value));
}

/**
 * Builds one predicate from every filter of an incidents list or group request.
 * Array filters match when any value matches, and all filters must match. Ids
 * may be given as "don:" ids or display ids.
 */
export function buildIncidentFilter(filter: IncidentFilter, index: OrganisationIndex, now: Date): Predicate {
  const canonical = (refs: string[] | undefined, lookup: (ref: string) => { id: string } | undefined) =>
    refs?.map((ref) => lookup(ref)?.id ?? ref);

  const parts = canonical(filter.applies_to_parts, (ref) => index.part(ref));
  const expandedParts = filter.include_child_parts && parts ? parts.flatMap((id) => index.partWithDescendants(id)) : parts;

  const predicates: (Predicate | undefined)[] = [
    anyOf(filter.stage, (record) => [record.stage.id]),
    anyOf(filter.severity, (record) => [record.severity]),
    anyOf(canonical(filter.owned_by, (ref) => index.user(ref)), (record) => record.owned_by),
    anyOf(expandedParts, (record) => record.applies_to_parts),
    anyOf(canonical(filter.created_by, (ref) => index.user(ref)), (record) => [record.created_by]),
    anyOf(filter.title, (record) => [record.title]),
    anyOf(canonical(filter.impacted_customers, (ref) => index.account(ref)), (record) => record.impacted_customers),
    anyOf(canonical(filter.pia, (ref) => index.article(ref)), (record) => record.pia),
    anyOf(canonical(filter.playbooks, (ref) => index.article(ref)), (record) => record.playbooks),
    anyOf(canonical(filter.related_docs, (ref) => index.article(ref)), (record) => record.related_docs),
    anyOf(filter.reported_by, (record) => [record.reported_by]),
    anyOf(filter.source, (record) => [record.source]),
    anyOf(filter.subtype, (record) => [record.subtype]),
    anyOf(filter.sync_metadata?.external_reference, (record) => [record.sync_metadata?.external_reference]),
    anyOf(filter.sync_metadata?.origin_system, (record) => [record.sync_metadata?.origin_system]),
    syncHistoryFilter(filter.sync_metadata),
    filter.staged_info?.is_staged === undefined ? undefined : (record) => (record.is_staged ?? false) === filter.staged_info?.is_staged,
    customFieldsFilter(filter.custom_fields),
    ...DATE_FILTERS.map((field): Predicate | undefined => {
      const dateFilter = filter[field];
      return dateFilter === undefined ? undefined : (record) => matchesDateFilter(record[field], dateFilter, now);
    }),
  ];

  const active = predicates.filter((predicate): predicate is Predicate => predicate !== undefined);
  return (record) => active.every((predicate) => predicate(record));
}

/**
 * `custom_fields` filters by equality: every named field must hold the given
 * value, or one of the values when the filter gives an array.
 */
function customFieldsFilter(customFields: Record<string, unknown> | undefined): Predicate | undefined {
  if (customFields === undefined || Object.keys(customFields).length === 0) {
    return undefined;
  }

  const entries = Object.entries(customFields);
  return (record) => entries.every(([key, value]) => isEqualValue(record.custom_fields?.[key], value));
}

function isEqualValue(stored: unknown, expected: unknown): boolean {
  if (Array.isArray(expected)) {
    return expected.some((option) => isEqualValue(stored, option));
  }
  return stored === expected || (stored !== undefined && String(stored) === String(expected));
}

/**
 * Builds the predicate for the last sync filters. The mock stores no sync
 * history, so a request that uses any of them matches no incident.
 */
function syncHistoryFilter(syncMetadata: IncidentFilter['sync_metadata']): Predicate | undefined {
  const hasValues = (value: unknown) => Array.isArray(value) && value.length > 0;
  const syncIn = syncMetadata?.last_sync_in as Record<string, unknown> | undefined;
  const syncOut = syncMetadata?.last_sync_out as Record<string, unknown> | undefined;
  const used = [syncIn, syncOut].some((filter) => filter !== undefined && Object.values(filter).some(hasValues));
  return used ? () => false : undefined;
}
