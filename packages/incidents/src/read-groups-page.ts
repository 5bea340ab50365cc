import type { Page } from '@devrev-ts/pagination';

import { groupFilterFor } from './group-filter.js';
import { readableGroupKey } from './group-key.js';
import { createIncidentGroup, type IncidentGroupsPage } from './incident-group.js';
import type { GroupIncidentsInput, ListIncidentsInput } from './inputs.js';
import type { OrganisationEnums } from './organisation-enums.js';
import type { Incident, IncidentsGroupResponse } from './types.js';

/** Fetches one page of `incidents.list`, which continues a group past its first incidents. */
export type ListPage = (input: ListIncidentsInput, signal: AbortSignal | undefined) => Promise<Page<Incident>>;

/** Turns an `incidents.group` response into groups with readable keys and a way to read past `limit_per_group`. */
export async function readGroupsPage(
  response: IncidentsGroupResponse,
  input: GroupIncidentsInput,
  enums: OrganisationEnums,
  listPage: ListPage,
): Promise<IncidentGroupsPage> {
  const severities = input.group_by === 'severity' ? await enums.severities() : [];

  const groups = await Promise.all(
    response.groups.map(async (group) => {
      const filter = await groupFilterFor(group.key, input.group_by, enums);
      const listInput: ListIncidentsInput = { ...withoutGroupFields(input), ...filter };

      return createIncidentGroup({
        key: readableGroupKey(group.key, input.group_by, severities),
        value: group.key,
        total: group.total,
        incidents: group.incidents,
        nextCursor: group.next_cursor,
        fetchPage: filter === undefined ? undefined : (cursor, signal) => listPage({ ...listInput, cursor }, signal),
      });
    }),
  );
  return { groups, next_cursor: response.next_cursor, prev_cursor: response.prev_cursor };
}

// A group's incidents continue as a list filtered to the group, one group's
// worth of incidents per page.
function withoutGroupFields(input: GroupIncidentsInput): ListIncidentsInput {
  const { group_by: _groupBy, limit_per_group: limitPerGroup, limit: _limit, cursor: _cursor, ...filters } = input;
  return { ...filters, limit: limitPerGroup };
}
