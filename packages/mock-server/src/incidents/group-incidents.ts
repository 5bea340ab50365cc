import { invalidEnumValue } from '../http/api-error.js';
import { readPageRequest } from '../list/page-request.js';
import { paginate } from '../list/paginate.js';
import { parseSortBy, type Sorter } from '../list/parse-sort-by.js';
import { compareSortKeys, type SortValue } from '../list/sort-key.js';
import { renderIncident } from '../render/render-incident.js';
import type { SpecSchemas } from '../spec-types.js';
import type { IncidentRecord } from '../store/incident-record.js';
import type { MockState } from '../store/mock-state.js';
import { buildIncidentFilter } from './filter-incidents.js';
import { incidentSortOptions } from './incident-sort-options.js';
import { groupKeysOf, type IncidentGroupKey } from './incident-group-keys.js';

export type IncidentsGroupRequest = SpecSchemas['incidents-group-request'];

export const GROUP_BY_FIELDS = ['severity', 'stage', 'owned_by', 'applies_to_parts', 'created_by'] as const;
export type GroupByField = (typeof GROUP_BY_FIELDS)[number];

const DEFAULT_GROUP_LIMIT = 10;
const DEFAULT_LIMIT_PER_GROUP = 50;

interface Group {
  key: IncidentGroupKey;
  records: IncidentRecord[];
}

const groupSorter: Sorter<Group> = {
  keyOf: (group) => [group.key.order, group.key.id],
  compare: (a: readonly SortValue[], b: readonly SortValue[]) => compareSortKeys(a, b, ['asc', 'asc']),
  label: 'group',
};

/**
 * Groups the incidents that match the request's filters by one field. Groups
 * page with `limit`, `cursor` and `mode`. Each group contains at most
 * `limit_per_group` incidents and its `total`. Its `next_cursor` continues the
 * group through `incidents.list` with the same filters and `sort_by` plus the
 * group's value as a filter. An incident with several owners or parts appears
 * in the group of each.
 */
export function groupIncidents(state: MockState, request: IncidentsGroupRequest, now: Date): SpecSchemas['incidents-group-response'] {
  const groupBy = request.group_by;
  if (!isGroupByField(groupBy)) {
    throw invalidEnumValue('group_by', groupBy, GROUP_BY_FIELDS);
  }

  const { index } = state;
  const groupPage = readPageRequest(request, DEFAULT_GROUP_LIMIT);
  const perGroupPage = readPageRequest({ limit: request.limit_per_group }, DEFAULT_LIMIT_PER_GROUP, 'limit_per_group');
  const incidentSorter = parseSortBy(request.sort_by, incidentSortOptions(index));

  const matches = buildIncidentFilter(request, index, now);
  const groups = new Map<string, Group>();
  for (const record of state.allIncidents().filter(matches)) {
    for (const key of groupKeysOf(record, groupBy, index)) {
      const group = groups.get(key.id) ?? { key, records: [] };
      group.records.push(record);
      groups.set(key.id, group);
    }
  }

  const page = paginate([...groups.values()], groupSorter, `incidents.group|${groupBy}`, groupPage);
  return {
    groups: page.items.map((group) => {
      const incidents = paginate(group.records, incidentSorter, 'incidents', perGroupPage);
      return {
        key: group.key.value,
        incidents: incidents.items.map((record) => renderIncident(record, index)),
        total: group.records.length,
        ...(incidents.nextCursor ? { next_cursor: incidents.nextCursor } : {}),
      };
    }),
    ...(page.nextCursor ? { next_cursor: page.nextCursor } : {}),
    ...(page.prevCursor ? { prev_cursor: page.prevCursor } : {}),
  };
}

function isGroupByField(value: string): value is GroupByField {
  return (GROUP_BY_FIELDS as readonly string[]).includes(value);
}
